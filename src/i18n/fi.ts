import { app, status, plan, planNav, state, fields, staleness } from './fi/common';
import { list, filters, detail, edit, syncMarker, conflict } from './fi/targets';
import { sync } from './fi/sync';
import { summary } from './fi/summary';
import { report } from './fi/report';
import { transfer } from './fi/transfer';
import { measures } from './fi/measures';
import { projects } from './fi/projects';
import { session } from './fi/session';
import { structure } from './fi/structure';
import { admin } from './fi/admin';
import { review } from './fi/review';

/** Finnish, the source language: the other languages follow it key for key. */
export const fi = {
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
