import type { Messages } from '../messages';

export const app: Messages['app'] = {
  name: 'Tavoitevahti',
  tagline: 'Binding-target tracking',
  skipToContent: 'Skip to content',
  language: 'Language',
  nav: {
    targets: 'Binding targets',
    measures: 'Measures',
    projects: 'Projects',
    myTargets: 'My targets',
    users: 'Users',
  },
  mainNavigation: 'Main navigation',
  footer: {
    label: 'About this site',
    accessibility: 'Accessibility statement',
  },
  demoNotice: 'Demo mode: data is saved in this browser only.',
};

export const status: Messages['status'] = {
  fully: 'Fully met',
  partially: 'Partially met',
  notAtAll: 'Not met at all',
  notAssessed: 'Not assessed',
};

export const plan: Messages['plan'] = {
  period: 'Reporting period {{period}}',
  reportDate: 'Report date {{date}}',
  illustrative: 'Illustrative data, not real figures.',
};

export const planNav: Messages['planNav'] = {
  label: 'Sections of the plan',
  targets: 'Targets',
  summary: 'Summary',
  report: 'Report',
  transfer: 'Export and import',
  switchPlan: 'Plan',
  illustrative: 'illustrative',
  review: 'Review queue',
  structure: 'Structure',
};

export const state: Messages['state'] = {
  loading: 'Loading…',
  retry: 'Try again',
  errorTitle: 'The data could not be loaded',
  network: 'Could not reach the server. Check your connection and try again.',
  forbidden: 'Your role does not allow this.',
  unauthorized: 'Your session has ended. Sign in again.',
  server: 'Something went wrong on the server. Try again in a moment.',
  invalidResponse: 'The server answered in an unexpected format, so nothing is shown. Try again or contact the administrator.',
  notFound: 'What you were looking for was not found. It may have been removed or the address is wrong.',
  unknown: 'An unexpected error occurred. Try again.',
  pageNotFound: 'Page not found',
  toFrontPage: 'To the front page',
  noPlans: 'No plans have been saved yet.',
};

export const fields: Messages['fields'] = {
  title: 'Target',
  metric: 'Metric',
  baseline: 'Baseline',
  targetLevel: 'Target level',
  responsiblePersons: 'Responsible persons',
  reportingResponsible: 'Reporting responsibility',
  keyActions: 'Key actions',
  metricStatus: 'Metric status',
  status: 'Status',
  indicators: 'Figures',
};

export const staleness: Messages['staleness'] = {
  due: 'Update due',
  stale: 'Stale',
  since_one: 'updated {{count}} day ago',
  since_other: 'updated {{count}} days ago',
  filter: 'Only those waiting for an update',
  filterHint: 'The plan’s rule: an update every {{interval}} days, stale after {{stale}} days.',
  summaryTitle: 'How current the updates are',
  summary: '{{overdue}} of {{total}} targets wait for an update; {{stale}} of them are stale (not updated for over {{days}} days).',
  showOverdue: 'Show the targets waiting for an update',
};
