export const accessibility = {
  title: 'Accessibility statement',
  intro:
    'This accessibility statement applies to Tavoitevahti, the service a municipality uses to follow how its binding targets are met. The service is covered by the Act on the Provision of Digital Services (306/2019), which requires public online services to be accessible.',
  dates: 'This statement was prepared on {{created}} and last updated on {{updated}}.',
  status: {
    title: 'Compliance status',
    text: 'The service partially meets the level A and AA requirements of WCAG 2.1. The shortcomings listed below are known and are being fixed as the service is developed.',
  },
  gaps: {
    title: 'Non-accessible content',
    charts: {
      title: 'Charts on the summary page',
      text: 'The bar segments of the status charts are links reachable with the Tab key. In the indicator charts the arrow keys move between the values and a tooltip shows each one, but screen readers do not announce the tooltip. The same numbers are in the chart’s text description and in a table under it (Show as table).',
      criteria: 'WCAG 4.1.2 Name, Role, Value',
    },
    pdf: {
      title: 'The report as a PDF file',
      text: 'The report is saved as a PDF through the browser’s print dialog. A PDF made by the browser may lack the heading and table structure screen readers need. The report page itself is accessible; use it instead of the PDF file.',
      criteria: 'WCAG 1.3.1 Info and Relationships',
    },
    exports: {
      title: 'Exported files',
      text: 'The accessibility of the CSV and XLSX files from the export and import page has not been assessed separately in spreadsheet programs.',
      criteria: 'Not assessed',
    },
  },
  demo: {
    title: 'Demo data',
    text: 'The demo people Maija Manageri, Anni Admin and Lauri Lautakunta and the 2020 plan are illustrative. The targets of the City of Vantaa’s 2021 report and the responsible persons it names follow the source document.',
  },
  assessment: {
    title: 'How accessibility was assessed',
    text: 'Accessibility has been self-assessed. Every change to the service is tested automatically in the Chromium browser: the axe tool checks the WCAG 2.1 level A and AA rules on every page and in the main states (filtered list, edit form showing errors, conflict view and others). The tests also use the service with the keyboard alone, with reduced motion and at 200 % zoom. The latest assessment was made on {{date}}.',
  },
  feedback: {
    title: 'Feedback on accessibility',
    text: 'Did you notice an accessibility shortcoming? Tell us, and we will fix it or provide the information in an accessible form. We answer within 14 days.',
    emailLabel: 'E-mail',
    exampleNote: 'Example address: the municipality that deploys the service replaces it with its own feedback address.',
  },
  enforcement: {
    title: 'Enforcement procedure',
    text: 'If you notice accessibility problems in the service, first give feedback to us. If you are not satisfied with the answer or get no answer within two weeks, you can report it to the supervising authority. The supervising authority also advises on how to report.',
    authority: 'Finnish Transport and Communications Agency Traficom, accessibility supervision',
    website: 'Website',
    email: 'E-mail',
    phone: 'Telephone (switchboard)',
    phoneNumber: '+358 29 534 5000',
    websiteUrl: 'https://www.webaccessibility.fi',
    websiteText: 'www.webaccessibility.fi',
  },
};

