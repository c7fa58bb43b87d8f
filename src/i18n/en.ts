import type { Messages } from './messages';
import { app, status, plan, planNav, state, fields, staleness } from './en/common';
import { list, filters, detail, syncMarker } from './en/targets';
import { edit, conflict } from './en/target-editing';
import { sync } from './en/sync';
import { summary } from './en/summary';
import { report } from './en/report';
import { transfer } from './en/transfer';
import { measures } from './en/measures';
import { projects } from './en/projects';
import { session } from './en/session';
import { structure } from './en/structure';
import { admin } from './en/admin';
import { review } from './en/review';
import { accessibility } from './en/accessibility';
import { account } from './en/account';
import { demoDataset } from './en/demo-dataset';

export const en: Messages = {
  app,
  status,
  plan,
  planNav,
  report,
  summary,
  transfer,
  measures,
  projects,
  session,
  structure,
  admin,
  review,
  accessibility,
  account,
  demoDataset,
  staleness,
  list,
  filters,
  fields,
  edit,
  syncMarker,
  conflict,
  detail,
  sync,
  state,
};
