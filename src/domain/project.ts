import { z } from 'zod';

/** A development project (hanke). PLACEHOLDER SHAPE: being built (issue 5). */
export const projectSchema = z.object({ id: z.string().min(1) }).loose();
export type Project = z.infer<typeof projectSchema>;
