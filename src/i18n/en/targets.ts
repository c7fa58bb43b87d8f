import type { Messages } from '../messages';

export const list: Messages['list'] = {
  title: 'Binding targets',
  summary: 'Status of the targets',
  summaryTotal: '{{count}} targets in all',
  showing: 'Showing {{shown}} of {{total}} targets',
  theme: 'Theme',
  goal: 'Strategic goal {{number}}. {{title}}',
  columns: {
    target: 'Binding target',
    metric: 'Metric',
    baseline: 'Baseline',
    targetLevel: 'Target level',
    responsible: 'Responsible person(s)',
    metricStatus: 'Metric status',
    status: 'Status',
  },
  openTarget: 'Open target {{code}}',
  showMore: 'Show more',
  showLess: 'Show less',
  noResults: 'No target matches the chosen filters.',
  noTargets: 'The plan has no targets yet.',
  clearFilters: 'Clear filters',
};

export const filters: Messages['filters'] = {
  title: 'Filter targets',
  search: 'Search',
  searchHint: 'Searches every text field',
  status: 'Status',
  theme: 'Theme',
  goal: 'Strategic goal',
  person: 'Responsible person',
  all: 'All',
};

export const detail: Messages['detail'] = {
  back: 'Back to the target list',
  code: 'Target {{code}}',
  fields: 'Target details',
  reportingResponsible: 'reporting: {{name}}',
  keyActions: 'Key actions',
  metricStatus: 'Metric status',
  indicators: 'Figures',
  indicatorCaption: '{{label}} ({{direction}})',
  year: 'Year',
  value: 'Value',
  note: 'Note',
  baselineValue: 'Baseline',
  targetValue: 'Target level',
  direction: {
    increase: 'higher is better',
    decrease: 'lower is better',
  },
  noIndicators: 'No figures have been recorded for this target.',
  lastUpdated: 'Last updated {{date}} by {{name}}',
  version: 'Version {{version}}',
  empty: 'Not recorded',
};

export const edit: Messages['edit'] = {
  open: 'Update progress',
  title: 'Update the progress of target {{code}}',
  status: 'Status',
  metricStatus: 'Metric status',
  keyActions: 'Key actions',
  indicatorValues: 'Figures for {{year}}',
  indicatorValue: '{{label}} ({{unit}})',
  indicatorHint: 'Decimals with a comma or a point, e.g. 13,4. An empty field removes the year’s value.',
  characters: '{{length}} / {{max}} characters',
  save: 'Save',
  cancel: 'Cancel',
  saved: 'The change is saved on this device and will be sent to the server when the connection works.',
  noChanges: 'You changed nothing, so nothing was saved.',
  fixErrors: 'Could not save: correct the marked fields.',
  storageFull:
    'This device’s storage is full, so the change was NOT saved. It exists only on this page: do not close it, free some space and save again.',
  saveFailed: 'The change could not be saved on this device. Try again.',
  errors: {
    required: 'This is required.',
    tooLong: 'The text is too long: at most {{limit}} characters. Shorten it.',
    tooShort: 'The text is too short.',
    invalidValue: 'Choose one of the options.',
    unknownField: 'This cannot be changed.',
    invalid: 'The value is not valid.',
    notANumber: 'Write a number, e.g. 13.4.',
  },
};

export const syncMarker: Messages['syncMarker'] = {
  pending: 'Not yet synced',
  failed: 'Sync failed',
  conflict: 'Conflict',
};

export const conflict: Messages['conflict'] = {
  title: 'Conflict: someone changed this target at the same time',
  explanation:
    '{{name}} saved a newer version on the server {{time}}. Both versions are kept. Choose field by field which one stands.',
  field: 'Field',
  mine: 'My change',
  theirs: 'Server version ({{name}})',
  keepMine: 'Mine',
  keepTheirs: 'Server’s',
  allMine: 'Choose all mine',
  allTheirs: 'Choose all the server’s',
  resolve: 'Save my choices',
  resolved: 'Your choices are saved and will be sent to the server.',
  choiceFor: 'Choice for {{field}}',
};
