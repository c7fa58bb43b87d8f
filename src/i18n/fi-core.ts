import { app, status, plan, planNav, state, fields, staleness } from './fi/common';
import { list, filters, detail, syncMarker } from './fi/targets';
import { sync } from './fi/sync';
import { session } from './fi/session';

/** The Finnish the first view needs: the shell, the target list, signing in and syncing. */
export const fiCore = { app, status, plan, planNav, state, fields, staleness, list, filters, detail, syncMarker, sync, session };
