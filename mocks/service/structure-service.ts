import type { z } from 'zod';
import type { ConflictResponse, ValidationErrorResponse } from '../../src/api/contract';
import {
  addGoalRequestSchema,
  addTargetRequestSchema,
  addThemeRequestSchema,
  planSettingsRequestSchema,
  reorderRequestSchema,
  updateGoalRequestSchema,
  updateTargetStructureRequestSchema,
  updateThemeRequestSchema,
} from '../../src/api/contract-structure';
import { diffFields, type AuditEntry, type FieldChange } from '../../src/domain/audit';
import { toFieldErrors, type FieldError } from '../../src/domain/field-errors';
import { canEditPlanStructure } from '../../src/domain/permissions';
import { goalSchema, planSchema, themeSchema, type Goal, type Theme } from '../../src/domain/plan';
import {
  CODE_TAKEN_ERROR,
  childrenOf,
  isCodeTaken,
  nextOrder,
  planSettingsErrors,
  reorderErrors,
  reordered,
  targetsOfGoal,
  withPlanSettings,
} from '../../src/domain/plan-structure';
import { targetSchema, type Target } from '../../src/domain/target';
import type { Actor } from '../../src/domain/user';
import { failure, notFound, ok, type ApiResult } from './api-result';
import { forbidden } from './auth-service';
import type { ServiceStorage } from './storage';
import { auditEntry } from './target-service';

type Parsed<T> = { data: T } | { refusal: ApiResult };

function invalid(fieldErrors: FieldError[]): ApiResult<ValidationErrorResponse> {
  return { status: 422, body: { error: 'validation', message: 'Tiedot eivät kelpaa. Korjaa merkityt kentät.', fieldErrors } };
}

function parse<Schema extends z.ZodType>(schema: Schema, body: unknown, prefix: RegExp | string = ''): Parsed<z.infer<Schema>> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return { data: parsed.data };
  return { refusal: invalid(toFieldErrors(parsed.error).map((error) => ({ ...error, field: error.field.replace(prefix, '') }))) };
}

const created = <T extends object>(body: T): ApiResult<T> => ({ status: 201, body });
// Themes, goals and plans carry no version of their own; their audit entries say 0.
const UNVERSIONED = 0;

/**
 * Plan structure editing: themes, strategic goals and binding targets added, changed, reordered and
 * archived by managers and admins. Every accepted change is audited; a target that changes gets a new
 * version, so devices that keep a local copy pick it up on their next pull.
 */
export function createStructureService(storage: ServiceStorage, options: { now?: () => Date } = {}) {
  const now = options.now ?? (() => new Date());

  // One check for every call: the role decides before anything about the plan is revealed.
  const refusalFor = (actor: Actor) =>
    canEditPlanStructure(actor) ? null : forbidden('suunnitelman rakenteen muokkaus kuuluu johdolle ja pääkäyttäjälle');

  /** The body parsed with `schema` if the actor may edit structure at all; else the 403 or 422 answer. */
  function accept<Schema extends z.ZodType>(actor: Actor, schema: Schema, body: unknown, prefix?: RegExp): Parsed<z.infer<Schema>> {
    const refusal = refusalFor(actor);
    return refusal ? { refusal } : parse(schema, body, prefix);
  }

  async function audit(actor: Actor, what: Pick<AuditEntry, 'entity' | 'entityId' | 'planId' | 'version' | 'changes'>) {
    if (what.changes.length > 0) await storage.addAudit(auditEntry(what, actor, now().toISOString()));
  }

  /**
   * Stores a changed target with the next version. Its `updatedAt` stays: it says when the progress
   * was last reported, and a rename or a move must not make an overdue target look fresh.
   */
  async function saveTarget(current: Target, changes: Partial<Target>, actor: Actor): Promise<Target> {
    const updated = targetSchema.parse({ ...current, ...changes, version: current.version + 1 });
    await storage.putTarget(updated);
    const what = { entity: 'target' as const, entityId: current.id, planId: current.planId, version: updated.version };
    await audit(actor, { ...what, changes: diffFields(current, changes) });
    return updated;
  }

  async function goalInPlan(goalId: string, planId: string): Promise<Goal | undefined> {
    const goal = await storage.getGoal(goalId);
    return goal?.planId === planId ? goal : undefined;
  }

  async function themeInPlan(themeId: string, planId: string): Promise<Theme | undefined> {
    const theme = await storage.getTheme(themeId);
    return theme?.planId === planId ? theme : undefined;
  }

  return {
    async addTheme(planId: string, body: unknown, actor: Actor): Promise<ApiResult> {
      const input = accept(actor, addThemeRequestSchema, body);
      if ('refusal' in input) return input.refusal;
      return storage.atomically(async () => {
        if (!(await storage.getPlan(planId))) return notFound('Suunnitelmaa');
        const order = nextOrder(await storage.listThemes(planId));
        const theme = themeSchema.parse({ id: crypto.randomUUID(), planId, title: input.data.title, order });
        await storage.putTheme(theme);
        await audit(actor, { entity: 'theme', entityId: theme.id, planId, version: UNVERSIONED, changes: diffFields({}, { title: theme.title, order }) });
        return created({ theme });
      });
    },

    async updateTheme(themeId: string, body: unknown, actor: Actor): Promise<ApiResult> {
      const input = accept(actor, updateThemeRequestSchema, body);
      if ('refusal' in input) return input.refusal;
      return storage.atomically(async () => {
        const current = await storage.getTheme(themeId);
        if (!current) return notFound('Teemaa');
        const theme = themeSchema.parse({ ...current, ...input.data });
        await storage.putTheme(theme);
        await audit(actor, { entity: 'theme', entityId: themeId, planId: theme.planId, version: UNVERSIONED, changes: diffFields(current, input.data) });
        return ok({ theme });
      });
    },

    async addGoal(planId: string, body: unknown, actor: Actor): Promise<ApiResult> {
      const input = accept(actor, addGoalRequestSchema, body);
      if ('refusal' in input) return input.refusal;
      return storage.atomically(async () => {
        if (!(await storage.getPlan(planId))) return notFound('Suunnitelmaa');
        if (!(await themeInPlan(input.data.themeId, planId))) return invalid([{ field: 'themeId', code: 'invalidValue' }]);
        const siblings = (await storage.listGoals(planId)).filter((goal) => goal.themeId === input.data.themeId);
        const goal = goalSchema.parse({ id: crypto.randomUUID(), planId, ...input.data, order: nextOrder(siblings) });
        await storage.putGoal(goal);
        const { themeId, number, title, order } = goal;
        await audit(actor, { entity: 'goal', entityId: goal.id, planId, version: UNVERSIONED, changes: diffFields({}, { themeId, number, title, order }) });
        return created({ goal });
      });
    },

    async updateGoal(goalId: string, body: unknown, actor: Actor): Promise<ApiResult> {
      const input = accept(actor, updateGoalRequestSchema, body);
      if ('refusal' in input) return input.refusal;
      return storage.atomically(async () => {
        const current = await storage.getGoal(goalId);
        if (!current) return notFound('Strategista tavoitetta');
        const changes: Partial<Goal> = { ...input.data };
        const { themeId } = input.data;
        if (themeId !== undefined && themeId !== current.themeId) {
          if (!(await themeInPlan(themeId, current.planId))) return invalid([{ field: 'themeId', code: 'invalidValue' }]);
          changes.order = nextOrder((await storage.listGoals(current.planId)).filter((goal) => goal.themeId === themeId));
        }
        const goal = goalSchema.parse({ ...current, ...changes });
        await storage.putGoal(goal);
        await audit(actor, { entity: 'goal', entityId: goalId, planId: goal.planId, version: UNVERSIONED, changes: diffFields(current, changes) });
        return ok({ goal });
      });
    },

    async deleteGoal(goalId: string, actor: Actor): Promise<ApiResult> {
      const refusal = refusalFor(actor);
      if (refusal) return refusal;
      return storage.atomically(async () => {
        const goal = await storage.getGoal(goalId);
        if (!goal) return notFound('Strategista tavoitetta');
        const under = targetsOfGoal(goalId, await storage.listTargets(goal.planId)).length;
        if (under > 0) {
          const message = `Strategisen tavoitteen ${goal.number} alla on sitovia tavoitteita (${under}), joten sitä ei voi poistaa. Arkistoi se sen sijaan.`;
          return failure(409, 'goalHasTargets', message);
        }
        await storage.deleteGoal(goalId);
        const changes: FieldChange[] = [{ field: 'deleted', before: { number: goal.number, title: goal.title }, after: null }];
        await audit(actor, { entity: 'goal', entityId: goalId, planId: goal.planId, version: UNVERSIONED, changes });
        return ok({ deleted: goalId });
      });
    },

    async addTarget(planId: string, body: unknown, actor: Actor): Promise<ApiResult> {
      const input = accept(actor, addTargetRequestSchema, body);
      if ('refusal' in input) return input.refusal;
      return storage.atomically(async () => {
        if (!(await storage.getPlan(planId))) return notFound('Suunnitelmaa');
        if (!(await goalInPlan(input.data.goalId, planId))) return invalid([{ field: 'goalId', code: 'invalidValue' }]);
        const planTargets = await storage.listTargets(planId);
        if (isCodeTaken(input.data.code, planTargets)) return invalid([CODE_TAKEN_ERROR]);
        const fields = { metric: '', baseline: '', targetLevel: '', responsiblePersons: [], reportingResponsible: null, keyActions: '', ...input.data };
        const target = targetSchema.parse({
          id: crypto.randomUUID(),
          planId,
          order: nextOrder(targetsOfGoal(input.data.goalId, planTargets)),
          metricStatus: '',
          status: 'notAssessed',
          indicators: [],
          ...fields,
          version: 1,
          updatedAt: now().toISOString(),
          updatedBy: actor.name,
        });
        await storage.putTarget(target);
        await audit(actor, { entity: 'target', entityId: target.id, planId, version: 1, changes: diffFields({}, { ...fields, order: target.order }) });
        return created({ target });
      });
    },

    async updateTargetStructure(targetId: string, body: unknown, actor: Actor): Promise<ApiResult> {
      const input = accept(actor, updateTargetStructureRequestSchema, body, /^changes\./);
      if ('refusal' in input) return input.refusal;
      return storage.atomically(async () => {
        const current = await storage.getTarget(targetId);
        if (!current) return notFound('Tavoitetta');
        const { baseVersion, changes } = input.data;
        if (baseVersion !== undefined && baseVersion !== current.version) {
          const conflict: ConflictResponse = { error: 'conflict', message: 'Tavoitetta on muutettu sillä välin. Tarkista tiedot ja yritä uudelleen.', current };
          return { status: 409, body: conflict };
        }
        const planTargets = await storage.listTargets(current.planId);
        if (changes.code !== undefined && isCodeTaken(changes.code, planTargets, targetId)) return invalid([CODE_TAKEN_ERROR]);
        const moved: Partial<Target> = {};
        if (changes.goalId !== undefined && changes.goalId !== current.goalId) {
          if (!(await goalInPlan(changes.goalId, current.planId))) return invalid([{ field: 'goalId', code: 'invalidValue' }]);
          moved.order = nextOrder(targetsOfGoal(changes.goalId, planTargets));
        }
        const target = await saveTarget(current, { ...changes, ...moved }, actor);
        return ok({ target });
      });
    },

    async reorder(planId: string, body: unknown, actor: Actor): Promise<ApiResult> {
      const input = accept(actor, reorderRequestSchema, body);
      if ('refusal' in input) return input.refusal;
      const { parent, parentId, ids } = input.data;
      return storage.atomically(async () => {
        const plan = await storage.getPlan(planId);
        if (!plan) return notFound('Suunnitelmaa');
        const [themes, goals, targets] = await Promise.all([storage.listThemes(planId), storage.listGoals(planId), storage.listTargets(planId)]);
        const parentExists = parent === 'plan' ? parentId === planId : (parent === 'theme' ? themes : goals).some((item) => item.id === parentId);
        if (!parentExists) return invalid([{ field: 'parentId', code: 'invalidValue' }]);
        const children = childrenOf({ plan, themes, goals, targets }, parent, parentId);
        const errors = reorderErrors(children.map((child) => child.id), ids);
        if (errors.length > 0) return invalid(errors);
        // `ids` now names exactly the parent's children, so only they are renumbered.
        if (parent === 'plan') for (const theme of reordered(themes, ids)) await storage.putTheme(theme);
        if (parent === 'theme') for (const goal of reordered(goals, ids)) await storage.putGoal(goal);
        if (parent === 'goal') {
          for (const { id, order } of reordered(targets, ids)) {
            const current = targets.find((target) => target.id === id);
            if (current) await saveTarget(current, { order }, actor);
          }
        }
        const field = { plan: 'themeOrder', theme: 'goalOrder', goal: 'targetOrder' }[parent];
        const changes = diffFields({ [field]: children.map((child) => child.id) }, { [field]: ids });
        await audit(actor, { entity: parent, entityId: parentId, planId, version: UNVERSIONED, changes });
        return ok({ parent, parentId, ids });
      });
    },

    async updateSettings(planId: string, body: unknown, actor: Actor): Promise<ApiResult> {
      const input = accept(actor, planSettingsRequestSchema, body);
      if ('refusal' in input) return input.refusal;
      return storage.atomically(async () => {
        const current = await storage.getPlan(planId);
        if (!current) return notFound('Suunnitelmaa');
        const plan = planSchema.parse(withPlanSettings(current, input.data));
        const errors = planSettingsErrors(plan);
        if (errors.length > 0) return invalid(errors);
        await storage.putPlan(plan);
        await audit(actor, { entity: 'plan', entityId: planId, planId, version: UNVERSIONED, changes: diffFields(current, input.data) });
        return ok({ plan });
      });
    },
  };
}

export type StructureService = ReturnType<typeof createStructureService>;
