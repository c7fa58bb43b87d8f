import { z } from 'zod';

/** A measure (toimenpide) that serves binding targets. PLACEHOLDER SHAPE: being built (issue 5). */
export const measureSchema = z.object({ id: z.string().min(1) }).loose();
export type Measure = z.infer<typeof measureSchema>;
