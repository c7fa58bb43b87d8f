import {
  planImportRequestSchema,
  targetUpdateRequestSchema,
  type ConflictResponse,
  type PlanTargetsResponse,
  type PlansResponse,
  type TargetResponse,
  type ValidationErrorResponse,
} from '../../src/api/contract';
import { diffFields, type AuditEntry } from '../../src/domain/audit';
import { toFieldErrors, type FieldError } from '../../src/domain/field-errors';
import { canAdminister, canEditTarget } from '../../src/domain/permissions';
import type { PlanData } from '../../src/domain/plan-data';
import { comparePlansNewestFirst } from '../../src/domain/plan-order';
import { targetSchema, type Target } from '../../src/domain/target';
import type { Actor } from '../../src/domain/user';
import { failure, notFound, ok, type ApiResult } from './api-result';
import { forbidden } from './auth-service';
import type { ServiceStorage } from './storage';

export interface TargetServiceOptions {
  now?: () => Date;
}

function validationFailure(fieldErrors: FieldError[]): ApiResult<ValidationErrorResponse> {
  return {
    status: 422,
    body: { error: 'validation', message: 'Tallennettavat tiedot eivät kelpaa. Korjaa merkityt kentät.', fieldErrors },
  };
}

/** A new plan must hang together: everything in this plan, every goal under a theme, every code unique. */
function planStructureErrors(planId: string, data: PlanData): FieldError[] {
  const errors: FieldError[] = [];
  if (data.plan.id !== planId) errors.push({ field: 'data.plan.id', code: 'invalidValue' });
  const themeIds = new Set(data.themes.map((theme) => theme.id));
  const goalIds = new Set(data.goals.map((goal) => goal.id));
  const codes = new Set<string>();
  data.themes.forEach((theme, index) => {
    if (theme.planId !== planId) errors.push({ field: `data.themes.${index}.planId`, code: 'invalidValue' });
  });
  data.goals.forEach((goal, index) => {
    if (goal.planId !== planId || !themeIds.has(goal.themeId)) errors.push({ field: `data.goals.${index}.themeId`, code: 'invalidValue' });
  });
  data.targets.forEach((target, index) => {
    if (target.planId !== planId || !goalIds.has(target.goalId)) errors.push({ field: `data.targets.${index}.goalId`, code: 'invalidValue' });
    if (codes.has(target.code)) errors.push({ field: `data.targets.${index}.code`, code: 'invalidValue' });
    codes.add(target.code);
  });
  return errors;
}

/** The audit trail entry of an accepted change, written by the server in the same step as the change. */
export function auditEntry(
  what: Pick<AuditEntry, 'entity' | 'entityId' | 'planId' | 'version' | 'changes'>,
  actor: Actor,
  at: string,
): AuditEntry {
  return { id: crypto.randomUUID(), ...what, at, actorId: actor.id, actorName: actor.name };
}

/**
 * The API's rules for plans and targets, over any storage: roles (403), validation (422), optimistic
 * concurrency (409 with the server copy), idempotent edits (a repeated editId is applied once), and
 * an audit entry for every accepted change.
 */
export function createTargetService(storage: ServiceStorage, options: TargetServiceOptions = {}) {
  const now = options.now ?? (() => new Date());

  async function updateResponse(target: Target, appliedVersion: number): Promise<ApiResult> {
    const response = await targetResponse(target);
    return response.status === 200 ? ok({ ...(response.body as TargetResponse), appliedVersion }) : response;
  }

  async function targetResponse(target: Target): Promise<ApiResult<TargetResponse> | ApiResult> {
    const goal = await storage.getGoal(target.goalId);
    const theme = goal ? await storage.getTheme(goal.themeId) : undefined;
    const plan = await storage.getPlan(target.planId);
    if (!goal || !theme || !plan) return failure(500, 'integrity', 'Tavoitteen rakenne on puutteellinen palvelimella.');
    return ok({ target, goal, theme, plan });
  }

  return {
    async listPlans(): Promise<ApiResult<PlansResponse>> {
      const plans = await storage.listPlans();
      plans.sort(comparePlansNewestFirst);
      return ok({ plans });
    },

    async getPlanTargets(planId: string): Promise<ApiResult<PlanTargetsResponse> | ApiResult> {
      const plan = await storage.getPlan(planId);
      if (!plan) return notFound('Suunnitelmaa');
      const [themes, goals, targets] = await Promise.all([
        storage.listThemes(planId),
        storage.listGoals(planId),
        storage.listTargets(planId),
      ]);
      return ok({ plan, themes, goals, targets });
    },

    async getTarget(targetId: string): Promise<ApiResult> {
      const target = await storage.getTarget(targetId);
      return target ? targetResponse(target) : notFound('Tavoitetta');
    },

    async importPlan(planId: string, body: unknown, actor: Actor): Promise<ApiResult> {
      if (!canAdminister(actor)) return forbidden('uusien suunnitelmien tuonti kuuluu pääkäyttäjälle');
      const parsed = planImportRequestSchema.safeParse(body);
      if (!parsed.success) return validationFailure(toFieldErrors(parsed.error));
      const { editId, data } = parsed.data;
      const structureErrors = planStructureErrors(planId, data);
      if (structureErrors.length > 0) return validationFailure(structureErrors);
      return storage.atomically(async () => {
        const applied = await storage.getAppliedEdit(editId);
        const existing = await storage.getPlan(planId);
        if (applied && applied.targetId === planId && existing) return ok({ plan: existing });
        if (existing) return failure(409, 'planExists', 'Samalla tunnuksella on jo suunnitelma. Tuo aineisto uutena suunnitelmana.');
        const stamp = now().toISOString();
        const targets = data.targets.map((target) => ({ ...target, version: 1, updatedAt: stamp, updatedBy: actor.name }));
        await storage.addPlan({ ...data, targets });
        await storage.putAppliedEdit({ editId, targetId: planId, resultVersion: 1, appliedAt: stamp });
        const created = [{ field: 'imported', before: null, after: { title: data.plan.title, targets: targets.length } }];
        await storage.addAudit(auditEntry({ entity: 'plan', entityId: planId, planId, version: 1, changes: created }, actor, stamp));
        return { status: 201, body: { plan: data.plan } };
      });
    },

    async updateTarget(targetId: string, body: unknown, actor: Actor): Promise<ApiResult> {
      return storage.atomically(async () => {
        const current = await storage.getTarget(targetId);
        if (!current) return notFound('Tavoitetta');
        if (!canEditTarget(actor, current)) {
          return forbidden(`tavoitteen ${current.code} muokkaus kuuluu sen vastuuhenkilöille ja johdolle`);
        }
        const parsed = targetUpdateRequestSchema.safeParse(body);
        if (!parsed.success) {
          return validationFailure(
            toFieldErrors(parsed.error).map((fieldError) => ({ ...fieldError, field: fieldError.field.replace(/^changes\./, '') })),
          );
        }
        const { baseVersion, editId, changes } = parsed.data;
        if (editId) {
          const applied = await storage.getAppliedEdit(editId);
          if (applied && applied.targetId === targetId) return updateResponse(current, applied.resultVersion);
        }
        if (current.version !== baseVersion) {
          const conflict: ConflictResponse = {
            error: 'conflict',
            message: 'Tavoitetta on muutettu sillä välin. Vertaa muutoksia ennen tallentamista.',
            current,
          };
          return { status: 409, body: conflict };
        }
        const updated = targetSchema.parse({
          ...current,
          ...changes,
          version: current.version + 1,
          updatedAt: now().toISOString(),
          updatedBy: actor.name,
        });
        await storage.putTarget(updated);
        const changed = diffFields(current, changes);
        const what = { entity: 'target' as const, entityId: targetId, planId: current.planId, version: updated.version, changes: changed };
        await storage.addAudit(auditEntry(what, actor, updated.updatedAt));
        if (editId) {
          await storage.putAppliedEdit({ editId, targetId, resultVersion: updated.version, appliedAt: updated.updatedAt });
        }
        return updateResponse(updated, updated.version);
      }, { key: `target:${targetId}` });
    },
  };
}

export type TargetService = ReturnType<typeof createTargetService>;
