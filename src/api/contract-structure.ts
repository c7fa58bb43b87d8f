import { z } from '../domain/zod';
import { goalSchema, planSchema, themeSchema } from '../domain/plan';
import {
  goalChangesSchema,
  newGoalSchema,
  newTargetSchema,
  newThemeSchema,
  planSettingsSchema,
  reorderSchema,
  REORDER_PARENTS,
  targetStructureChangesSchema,
  themeChangesSchema,
} from '../domain/plan-structure';
import { targetSchema } from '../domain/target';

/**
 * Plan structure editing (managers and admins; 401 without a session, 403 for other roles). Every
 * refused body is a 422 with fieldErrors; a taken target code is `{ field: 'code', code: 'invalidValue' }`.
 */
export const structureRoutes = {
  planThemes: '/api/plans/:planId/themes',
  theme: '/api/themes/:themeId',
  planGoals: '/api/plans/:planId/goals',
  goal: '/api/goals/:goalId',
  planStructureTargets: '/api/plans/:planId/targets',
  targetStructure: '/api/targets/:targetId/structure',
  planReorder: '/api/plans/:planId/reorder',
  planSettings: '/api/plans/:planId/settings',
} as const;

const segment = encodeURIComponent;

export const structurePaths = {
  planThemes: (planId: string) => `/api/plans/${segment(planId)}/themes`,
  theme: (themeId: string) => `/api/themes/${segment(themeId)}`,
  planGoals: (planId: string) => `/api/plans/${segment(planId)}/goals`,
  goal: (goalId: string) => `/api/goals/${segment(goalId)}`,
  planStructureTargets: (planId: string) => `/api/plans/${segment(planId)}/targets`,
  targetStructure: (targetId: string) => `/api/targets/${segment(targetId)}/structure`,
  planReorder: (planId: string) => `/api/plans/${segment(planId)}/reorder`,
  planSettings: (planId: string) => `/api/plans/${segment(planId)}/settings`,
};

/** POST …/themes body → 201 { theme } */
export const addThemeRequestSchema = newThemeSchema;
/** PATCH /api/themes/:id body → 200 { theme } */
export const updateThemeRequestSchema = themeChangesSchema;
export const themeResponseSchema = z.object({ theme: themeSchema });

/** POST …/goals body → 201 { goal } */
export const addGoalRequestSchema = newGoalSchema;
/** PATCH /api/goals/:id body → 200 { goal } */
export const updateGoalRequestSchema = goalChangesSchema;
export const goalResponseSchema = z.object({ goal: goalSchema });
/** DELETE /api/goals/:id → 200; 409 `goalHasTargets` while any target (archived too) is under it. */
export const goalDeletedResponseSchema = z.object({ deleted: z.string() });

/** POST …/targets body → 201 { target } with version 1. */
export const addTargetRequestSchema = newTargetSchema;
/**
 * PATCH /api/targets/:id/structure body → 200 { target } with version + 1. With `baseVersion` the
 * change is refused with 409 (and the server copy) when the target has moved on since.
 */
export const updateTargetStructureRequestSchema = z.object({
  baseVersion: z.number().int().positive().optional(),
  changes: targetStructureChangesSchema,
}).strict();
export type UpdateTargetStructureRequest = z.infer<typeof updateTargetStructureRequestSchema>;
export const targetStructureResponseSchema = z.object({ target: targetSchema });

/** POST …/reorder body → 200 with the order now in force. */
export const reorderRequestSchema = reorderSchema;
export const reorderResponseSchema = z.object({ parent: z.enum(REORDER_PARENTS), parentId: z.string(), ids: z.array(z.string()) });

/** PATCH …/settings body → 200 { plan }. */
export const planSettingsRequestSchema = planSettingsSchema;
export const planSettingsResponseSchema = z.object({ plan: planSchema });
