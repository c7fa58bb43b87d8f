import { z } from './zod';
import type { FieldError } from './field-errors';
import type { Goal, Plan, Theme } from './plan';
import type { PlanData } from './plan-data';
import { stalenessRules } from './staleness';
import { TITLE_MAX_LENGTH, targetEditableShape, targetSchema, type Target } from './target';

// The shapes a manager sends when changing a plan's structure, and the rules that need the whole plan
// (unique codes, empty goals, complete reorders). The server and the forms check the same things.

const entityId = z.string().min(1).max(100);
const structureTitle = z.string().trim().min(1).max(TITLE_MAX_LENGTH);
const goalNumber = z.string().trim().min(1).max(20);
/** The same format as a stored target's code (numbers separated by dots, e.g. 12.3); an empty one is missing. */
export const targetCodeSchema = z.string().min(1).pipe(targetSchema.shape.code);
const days = z.number().int().positive().max(3650);

const notEmpty = (changes: object) => Object.keys(changes).length > 0;
const NO_CHANGES = { message: 'No fields to change' };

export const newThemeSchema = z.object({ title: structureTitle }).strict();
export type NewTheme = z.infer<typeof newThemeSchema>;

export const themeChangesSchema = z
  .object({ title: structureTitle, archived: z.boolean() })
  .partial()
  .strict()
  .refine(notEmpty, NO_CHANGES);
export type ThemeChanges = z.infer<typeof themeChangesSchema>;

export const newGoalSchema = z.object({ themeId: entityId, number: goalNumber, title: structureTitle }).strict();
export type NewGoal = z.infer<typeof newGoalSchema>;

export const goalChangesSchema = z
  .object({ themeId: entityId, number: goalNumber, title: structureTitle, archived: z.boolean() })
  .partial()
  .strict()
  .refine(notEmpty, NO_CHANGES);
export type GoalChanges = z.infer<typeof goalChangesSchema>;

const { metric, baseline, targetLevel, responsiblePersons, reportingResponsible, keyActions } = targetEditableShape;

export const newTargetSchema = z
  .object({
    goalId: entityId,
    code: targetCodeSchema,
    title: structureTitle,
    metric: metric.optional(),
    baseline: baseline.optional(),
    targetLevel: targetLevel.optional(),
    responsiblePersons: responsiblePersons.optional(),
    reportingResponsible: reportingResponsible.optional(),
    keyActions: keyActions.optional(),
  })
  .strict();
export type NewTarget = z.infer<typeof newTargetSchema>;

/** What the structure editor may change on a target; its progress fields are changed through the normal edit. */
export const targetStructureChangesSchema = z
  .object({ code: targetCodeSchema, title: structureTitle, goalId: entityId, archived: z.boolean() })
  .partial()
  .strict()
  .refine(notEmpty, NO_CHANGES);
export type TargetStructureChanges = z.infer<typeof targetStructureChangesSchema>;

export const REORDER_PARENTS = ['plan', 'theme', 'goal'] as const;
export type ReorderParent = (typeof REORDER_PARENTS)[number];

/** A new order for the children of one parent: the plan's themes, a theme's goals or a goal's targets. */
export const reorderSchema = z
  .object({ parent: z.enum(REORDER_PARENTS), parentId: entityId, ids: z.array(entityId).min(1).max(5000) })
  .strict();
export type Reorder = z.infer<typeof reorderSchema>;

/** A plan's update rules; null goes back to the default. */
export const planSettingsSchema = z
  .object({ updateIntervalDays: days.nullable(), staleAfterDays: days.nullable() })
  .partial()
  .strict()
  .refine(notEmpty, NO_CHANGES);
export type PlanSettings = z.infer<typeof planSettingsSchema>;

/** Whether `code` is already used by another target of the plan; archived targets keep their codes reserved. */
export function isCodeTaken(code: string, planTargets: readonly Pick<Target, 'id' | 'code'>[], exceptTargetId?: string): boolean {
  const wanted = code.trim();
  return planTargets.some((target) => target.id !== exceptTargetId && target.code === wanted);
}

/** How a taken code is reported: the field error code the contract knows, on the `code` field. */
export const CODE_TAKEN_ERROR: FieldError = { field: 'code', code: 'invalidValue' };

/** The targets (archived ones too) under a goal. */
export const targetsOfGoal = (goalId: string, planTargets: readonly Target[]): Target[] =>
  planTargets.filter((target) => target.goalId === goalId);

/** A goal may be deleted only while no target, not even an archived one, hangs under it; otherwise it is archived. */
export const canDeleteGoal = (goalId: string, planTargets: readonly Target[]): boolean => targetsOfGoal(goalId, planTargets).length === 0;

const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order;

type StructureData = Pick<PlanData, 'plan' | 'themes' | 'goals' | 'targets'>;

/** The children of one parent in their current order; empty when the parent does not exist in the plan. */
export function childrenOf(data: StructureData, parent: 'plan', parentId: string): Theme[];
export function childrenOf(data: StructureData, parent: 'theme', parentId: string): Goal[];
export function childrenOf(data: StructureData, parent: 'goal', parentId: string): Target[];
export function childrenOf(data: StructureData, parent: ReorderParent, parentId: string): Theme[] | Goal[] | Target[];
export function childrenOf(data: StructureData, parent: ReorderParent, parentId: string): Theme[] | Goal[] | Target[] {
  if (parent === 'plan') return parentId === data.plan.id ? [...data.themes].sort(byOrder) : [];
  if (parent === 'theme') return data.goals.filter((goal) => goal.themeId === parentId).sort(byOrder);
  return data.targets.filter((target) => target.goalId === parentId).sort(byOrder);
}

/** Problems with a new order: it must name every child of the parent exactly once, and nothing else. */
export function reorderErrors(currentIds: readonly string[], newIds: readonly string[]): FieldError[] {
  const current = new Set(currentIds);
  const unique = new Set(newIds);
  const foreign = newIds.some((id) => !current.has(id));
  const complete = unique.size === newIds.length && unique.size === current.size;
  return foreign || !complete ? [{ field: 'ids', code: 'invalidValue' }] : [];
}

/** The items with `order` following `ids` (1, 2, 3 …); only the items whose order changed are returned. */
export function reordered<Item extends { id: string; order: number }>(items: readonly Item[], ids: readonly string[]): Item[] {
  const position = new Map(ids.map((id, index) => [id, index + 1]));
  return items.flatMap((item) => {
    const order = position.get(item.id);
    return order !== undefined && order !== item.order ? [{ ...item, order }] : [];
  });
}

/** The ids with `id` moved one place up or down; unchanged at either end. */
export function moveId(ids: readonly string[], id: string, direction: 'up' | 'down'): string[] {
  const index = ids.indexOf(id);
  const other = direction === 'up' ? index - 1 : index + 1;
  if (index < 0 || other < 0 || other >= ids.length) return [...ids];
  const moved = [...ids];
  [moved[index], moved[other]] = [moved[other] as string, moved[index] as string];
  return moved;
}

/** The order number for an item added after `siblings`. */
export const nextOrder = (siblings: readonly { order: number }[]): number => siblings.reduce((max, item) => Math.max(max, item.order), 0) + 1;

/** A free code for a new target under `goal`: its number and the next free sub-number (12 → 12.6). */
export function suggestTargetCode(goal: Pick<Goal, 'number'>, planTargets: readonly Pick<Target, 'id' | 'code'>[]): string {
  const base = /^\d+(\.\d+)*$/.test(goal.number) ? goal.number : '1';
  for (let next = 1; ; next += 1) {
    const code = `${base}.${next}`;
    if (!isCodeTaken(code, planTargets)) return code;
  }
}

/** Problems of the resulting update rules: an update cannot be due after the target is already stale. */
export function planSettingsErrors(plan: Pick<Plan, 'updateIntervalDays' | 'staleAfterDays'>): FieldError[] {
  const { updateIntervalDays, staleAfterDays } = stalenessRules(plan);
  return staleAfterDays < updateIntervalDays ? [{ field: 'staleAfterDays', code: 'invalidValue' }] : [];
}

/** The plan with the settings applied; null removes a setting so the default applies. */
export function withPlanSettings(plan: Plan, settings: PlanSettings): Plan {
  const next: Plan = { ...plan };
  for (const key of ['updateIntervalDays', 'staleAfterDays'] as const) {
    const value = settings[key];
    if (value === null) delete next[key];
    else if (value !== undefined) next[key] = value;
  }
  return next;
}

export { activeOnly, withoutArchived } from './archived';
