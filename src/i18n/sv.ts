import type { Messages } from './messages';
import { app, status, plan, planNav, state, fields, staleness } from './sv/common';
import { list, filters, detail, syncMarker } from './sv/targets';
import { edit, conflict } from './sv/target-editing';
import { sync } from './sv/sync';
import { summary } from './sv/summary';
import { report } from './sv/report';
import { transfer } from './sv/transfer';
import { measures } from './sv/measures';
import { projects } from './sv/projects';
import { session } from './sv/session';
import { structure } from './sv/structure';
import { admin } from './sv/admin';
import { review } from './sv/review';
import { accessibility } from './sv/accessibility';
import { account } from './sv/account';
import { demoDataset } from './sv/demo-dataset';

export const sv: Messages = {
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
