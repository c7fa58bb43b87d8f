import type { Messages } from '../messages';

export const list: Messages['list'] = {
  title: 'Bindande mål',
  summary: 'Målens status',
  summaryTotal: '{{count}} mål totalt',
  showing: 'Visar {{shown}} / {{total}} mål',
  theme: 'Tema',
  goal: 'Strategiskt mål {{number}}. {{title}}',
  columns: {
    target: 'Bindande mål',
    metric: 'Mätare',
    baseline: 'Utgångsnivå',
    targetLevel: 'Målnivå',
    responsible: 'Ansvarsperson(er)',
    metricStatus: 'Mätarnas läge',
    status: 'Status',
  },
  openTarget: 'Öppna mål {{code}}',
  showMore: 'Visa mer',
  showLess: 'Visa mindre',
  noResults: 'Inga mål motsvarar de valda filtren.',
  noTargets: 'Planen har ännu inga mål.',
  clearFilters: 'Töm filtren',
  partialNotice:
    'En lång lista visar bara raderna som syns för tillfället, så webbläsarens sökning (Ctrl+F) och utskrift ser inte alla. Rapporten visar hela listan med samma filter.',
  partialNoticeLink: 'Öppna hela listan som rapport',
};

export const filters: Messages['filters'] = {
  title: 'Filtrera mål',
  search: 'Sök',
  searchHint: 'Söker i alla textfält',
  status: 'Status',
  theme: 'Tema',
  goal: 'Strategiskt mål',
  person: 'Ansvarsperson',
  all: 'Alla',
};

export const detail: Messages['detail'] = {
  back: 'Tillbaka till mållistan',
  code: 'Mål {{code}}',
  fields: 'Målets uppgifter',
  reportingResponsible: 'rapporteringsansvar: {{name}}',
  keyActions: 'Centrala åtgärder',
  metricStatus: 'Mätarnas läge',
  indicators: 'Mätarnas siffror',
  indicatorCaption: '{{label}} ({{direction}})',
  year: 'År',
  value: 'Värde',
  note: 'Anmärkning',
  baselineValue: 'Utgångsnivå',
  targetValue: 'Målnivå',
  direction: {
    increase: 'målet är en ökning',
    decrease: 'målet är en minskning',
  },
  noIndicators: 'Inga siffror har registrerats för målet.',
  lastUpdated: 'Senast uppdaterad {{date}}, {{name}}',
  version: 'Version {{version}}',
  empty: 'Inte registrerat',
};

export const syncMarker: Messages['syncMarker'] = {
  pending: 'Inte sparad på servern',
  failed: 'Sparandet misslyckades',
  conflict: 'Konflikt',
};
