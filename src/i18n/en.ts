import type { Messages } from './messages';
import { app, status, plan, planNav, state, fields, staleness } from './en/common';
import { list, filters, detail, edit, syncMarker, conflict } from './en/targets';
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
