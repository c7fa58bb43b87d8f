import type { z } from 'zod';
import { request } from './client';
import {
  goalDeletedResponseSchema,
  goalResponseSchema,
  planSettingsResponseSchema,
  reorderResponseSchema,
  structurePaths,
  targetStructureResponseSchema,
  themeResponseSchema,
  type UpdateTargetStructureRequest,
} from './contract-structure';
import type { GoalChanges, NewGoal, NewTarget, NewTheme, PlanSettings, Reorder, ThemeChanges } from '../domain/plan-structure';

const send = <Schema extends z.ZodType>(method: string, path: string, schema: Schema, body?: unknown) =>
  request(path, schema, { method, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });

/** Plan structure changes. Online only: each throws ApiError (kind 'network' when offline), nothing is queued. */
export const structureClient = {
  addTheme: (planId: string, theme: NewTheme) => send('POST', structurePaths.planThemes(planId), themeResponseSchema, theme),
  updateTheme: (themeId: string, changes: ThemeChanges) => send('PATCH', structurePaths.theme(themeId), themeResponseSchema, changes),
  addGoal: (planId: string, goal: NewGoal) => send('POST', structurePaths.planGoals(planId), goalResponseSchema, goal),
  updateGoal: (goalId: string, changes: GoalChanges) => send('PATCH', structurePaths.goal(goalId), goalResponseSchema, changes),
  deleteGoal: (goalId: string) => send('DELETE', structurePaths.goal(goalId), goalDeletedResponseSchema),
  addTarget: (planId: string, target: NewTarget) =>
    send('POST', structurePaths.planStructureTargets(planId), targetStructureResponseSchema, target),
  updateTargetStructure: (targetId: string, update: UpdateTargetStructureRequest) =>
    send('PATCH', structurePaths.targetStructure(targetId), targetStructureResponseSchema, update),
  reorder: (planId: string, order: Reorder) => send('POST', structurePaths.planReorder(planId), reorderResponseSchema, order),
  updatePlanSettings: (planId: string, settings: PlanSettings) =>
    send('PATCH', structurePaths.planSettings(planId), planSettingsResponseSchema, settings),
};
