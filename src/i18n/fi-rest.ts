import { edit, conflict } from './fi/target-editing';
import { summary } from './fi/summary';
import { report } from './fi/report';
import { transfer } from './fi/transfer';
import { measures } from './fi/measures';
import { projects } from './fi/projects';
import { structure } from './fi/structure';
import { admin } from './fi/admin';
import { review } from './fi/review';
import { accessibility } from './fi/accessibility';
import { account } from './fi/account';
import { syncPanel } from './fi/sync';
import { demoDataset } from './fi/demo-dataset';

/**
 * The Finnish of every page opened later (loaded with the first of them), of the sync panel's list (its `sync`
 * keys are merged into the first view's) and of the demo's note on a refused dataset address.
 */
export const fiRest = {
  edit,
  conflict,
  summary,
  report,
  transfer,
  measures,
  projects,
  structure,
  admin,
  review,
  accessibility,
  account,
  sync: syncPanel,
  demoDataset,
};
