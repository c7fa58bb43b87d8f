import { z } from './zod';
import { STATUSES } from './status';

/** A status as the API and forms accept it: one of the four verdicts. */
export const statusSchema = z.enum(STATUSES);
