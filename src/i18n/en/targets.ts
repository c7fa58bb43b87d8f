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
  partialNotice:
    'A long list shows only the rows in view, so the browser’s find (Ctrl+F) and printing do not see them all. The report shows the whole list with the same filters.',
  partialNoticeLink: 'Open the whole list as a report',
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

export const syncMarker: Messages['syncMarker'] = {
  pending: 'Not yet synced',
  failed: 'Sync failed',
  conflict: 'Conflict',
};
