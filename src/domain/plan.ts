import { z } from './zod';

export const planSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  organisation: z.string().min(1),
  sector: z.string().min(1),
  reportingYear: z.number().int().min(1900).max(2200),
  reportDate: z.iso.date(),
  baselineLabel: z.string(),
  targetLevelLabel: z.string(),
  periodLabel: z.string(),
  /** True for data made up for demonstration, so the UI can say so. */
  illustrative: z.boolean(),
  /** Targets should be updated at least this often (days); default 30. */
  updateIntervalDays: z.number().int().positive().max(3650).optional(),
  /** A target not updated for this many days is stale; default 90. */
  staleAfterDays: z.number().int().positive().max(3650).optional(),
});
export type Plan = z.infer<typeof planSchema>;

export const themeSchema = z.object({
  id: z.string().min(1),
  planId: z.string().min(1),
  title: z.string().min(1),
  order: z.number().int(),
  /** Kept for the record but no longer in use; shown only where the plan's structure is edited. */
  archived: z.boolean().optional(),
});
export type Theme = z.infer<typeof themeSchema>;

export const goalSchema = z.object({
  id: z.string().min(1),
  planId: z.string().min(1),
  themeId: z.string().min(1),
  number: z.string().min(1),
  title: z.string().min(1),
  order: z.number().int(),
  /** Kept for the record but no longer in use; shown only where the plan's structure is edited. */
  archived: z.boolean().optional(),
});
export type Goal = z.infer<typeof goalSchema>;

