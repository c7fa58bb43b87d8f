import type { Messages } from '../messages';

export const app: Messages['app'] = {
  name: 'Tavoitevahti',
  tagline: 'Uppföljning av bindande mål',
  skipToContent: 'Hoppa till innehållet',
  language: 'Språk',
  nav: {
    targets: 'Bindande mål',
    measures: 'Åtgärder',
    projects: 'Projekt',
    myTargets: 'Mina mål',
    users: 'Användare',
  },
  mainNavigation: 'Huvudmeny',
  footer: {
    label: 'Om webbplatsen',
    accessibility: 'Tillgänglighetsutlåtande',
  },
  demoNotice: 'Demoläge: uppgifterna sparas bara i den här webbläsaren.',
};

export const status: Messages['status'] = {
  fully: 'Uppfylls helt',
  partially: 'Uppfylls delvis',
  notAtAll: 'Uppfylls inte alls',
  notAssessed: 'Inte bedömd',
};

export const plan: Messages['plan'] = {
  period: 'Uppföljningsperiod {{period}}',
  reportDate: 'Rapportens datum {{date}}',
  illustrative: 'Illustrativt material, inte verkliga uppgifter.',
};

export const planNav: Messages['planNav'] = {
  label: 'Planens delar',
  targets: 'Mål',
  summary: 'Sammandrag',
  report: 'Rapport',
  transfer: 'Export och import',
  switchPlan: 'Plan',
  illustrative: 'illustrativ',
  review: 'Granskningskö',
  structure: 'Struktur',
};

export const state: Messages['state'] = {
  loading: 'Laddar…',
  retry: 'Försök igen',
  errorTitle: 'Uppgifterna kunde inte laddas',
  network: 'Ingen förbindelse till servern. Kontrollera nätverket och försök igen.',
  forbidden: 'Din roll tillåter inte den här åtgärden.',
  unauthorized: 'Din session har gått ut. Logga in igen.',
  server: 'Ett fel inträffade på servern. Försök igen om en stund.',
  invalidResponse: 'Serverns svar hade ett oväntat format, så uppgifterna visas inte. Försök igen eller kontakta administratören.',
  notFound: 'Uppgiften hittades inte. Den kan ha tagits bort eller adressen är fel.',
  unknown: 'Ett oväntat fel inträffade. Försök igen.',
  pageNotFound: 'Sidan hittades inte',
  toFrontPage: 'Till startsidan',
  noPlans: 'Inga planer har sparats ännu.',
};

export const fields: Messages['fields'] = {
  title: 'Mål',
  metric: 'Mätare',
  baseline: 'Utgångsnivå',
  targetLevel: 'Målnivå',
  responsiblePersons: 'Ansvarspersoner',
  reportingResponsible: 'Rapporteringsansvar',
  keyActions: 'Centrala åtgärder',
  metricStatus: 'Mätarnas läge',
  status: 'Status',
  indicators: 'Mätarnas siffror',
};

export const staleness: Messages['staleness'] = {
  due: 'Uppdatering försenad',
  stale: 'Föråldrad',
  since_one: 'uppdaterad för {{count}} dag sedan',
  since_other: 'uppdaterad för {{count}} dagar sedan',
  filter: 'Endast de som väntar på uppdatering',
  filterHint: 'Planens regel: uppdatering var {{interval}}:e dag, föråldrad efter {{stale}} dagar.',
  summaryTitle: 'Uppdateringarnas aktualitet',
  summary: '{{overdue}} / {{total}} mål väntar på uppdatering, av dem är {{stale}} föråldrade (över {{days}} dagar utan uppdatering).',
  showOverdue: 'Visa målen som väntar på uppdatering',
};
