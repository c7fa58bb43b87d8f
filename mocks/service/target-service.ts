import {
  targetUpdateRequestSchema,
  type ConflictResponse,
  type PlanTargetsResponse,
  type PlansResponse,
  type TargetResponse,
  type ValidationErrorResponse,
} from '../../src/api/contract';
import { toFieldErrors } from '../../src/domain/field-errors';
import { comparePlansNewestFirst } from '../../src/domain/plan';
import { targetSchema, type Target } from '../../src/domain/target';
import { failure, notFound, ok, type ApiResult } from './api-result';
import type { ServiceStorage } from './storage';

export interface TargetServiceOptions {
  now?: () => Date;
}

/**
 * The API's rules for plans and targets, over any storage: validation (422), optimistic
 * concurrency (409 with the server copy), idempotent edits (a repeated editId is applied once).
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

    async updateTarget(targetId: string, body: unknown, actor: string): Promise<ApiResult> {
      const parsed = targetUpdateRequestSchema.safeParse(body);
      if (!parsed.success) {
        const fieldErrors = toFieldErrors(parsed.error).map((fieldError) => ({
          ...fieldError,
          field: fieldError.field.replace(/^changes\./, ''),
        }));
        const response: ValidationErrorResponse = {
          error: 'validation',
          message: 'Tallennettavat tiedot eivät kelpaa. Korjaa merkityt kentät.',
          fieldErrors,
        };
        return { status: 422, body: response };
      }
      const { baseVersion, editId, changes } = parsed.data;

      return storage.atomically(async () => {
        const current = await storage.getTarget(targetId);
        if (!current) return notFound('Tavoitetta');
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
          updatedBy: actor,
        });
        await storage.putTarget(updated);
        if (editId) {
          await storage.putAppliedEdit({ editId, targetId, resultVersion: updated.version, appliedAt: updated.updatedAt });
        }
        return updateResponse(updated, updated.version);
      });
    },
  };
}

export type TargetService = ReturnType<typeof createTargetService>;
