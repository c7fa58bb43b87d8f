import { z } from './zod';
import { goalSchema, planSchema, themeSchema } from './plan';
import { targetSchema } from './target';

/** A plan with its whole structure: what the target list needs in one piece. */
export const planDataSchema = z.object({
  plan: planSchema,
  themes: z.array(themeSchema),
  goals: z.array(goalSchema),
  targets: z.array(targetSchema),
});
export type PlanData = z.infer<typeof planDataSchema>;
