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

/** The Finnish of every page opened later (loaded with the first of them). */
export const fiRest = { edit, conflict, summary, report, transfer, measures, projects, structure, admin, review, accessibility, account };
