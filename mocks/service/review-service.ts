import { activeOnly } from '../../src/domain/plan-structure';
import {
  reviewRequestSchema,
  type MyReturnsResponse,
  type ReviewQueueItem,
  type ReviewQueueResponse,
  type ReviewTarget,
} from '../../src/api/contract-review';
import type { ConflictResponse, ValidationErrorResponse } from '../../src/api/contract';
import type { AuditEntry } from '../../src/domain/audit';
import { toFieldErrors, type FieldError } from '../../src/domain/field-errors';
import { canReview, isResponsibleFor } from '../../src/domain/permissions';
import {
  changedBy,
  changesSince,
  isReturnAnswered,
  lastDecisionBy,
  lastDecisionOn,
  reviewDecisionErrors,
  unreviewedEntries,
  type Review,
} from '../../src/domain/review';
import type { Target } from '../../src/domain/target';
import type { Actor } from '../../src/domain/user';
import { notFound, ok, type ApiResult } from './api-result';
import { forbidden } from './auth-service';
import { createHistoryService } from './history-service';
import type { ServiceStorage } from './storage';

function validationFailure(fieldErrors: FieldError[]): ApiResult<ValidationErrorResponse> {
  return {
    status: 422,
    body: { error: 'validation', message: 'Arviointia ei voitu tallentaa. Korjaa merkityt kentät.', fieldErrors },
  };
}

const summaryOf = ({ id, planId, code, title, status, version, updatedAt, updatedBy }: Target): ReviewTarget => ({
  id,
  planId,
  code,
  title,
  status,
  version,
  updatedAt,
  updatedBy,
});

function trailsByTarget(trail: readonly AuditEntry[]): Map<string, AuditEntry[]> {
  const byTarget = new Map<string, AuditEntry[]>();
  for (const entry of trail) {
    if (entry.entity !== 'target') continue;
    const entries = byTarget.get(entry.entityId);
    if (entries) entries.push(entry);
    else byTarget.set(entry.entityId, [entry]);
  }
  return byTarget;
}

/** The target as a queue item when it changed after the reviewer's last decision on it (or ever, when there is none). */
function queueItem(target: Target, trail: readonly AuditEntry[], reviews: readonly Review[], reviewerId: string): ReviewQueueItem | null {
  const lastReview = lastDecisionBy(reviews, reviewerId, target.id) ?? null;
  // A manager's own changes (e.g. renaming or reordering) are not theirs to review.
  const entries = unreviewedEntries(trail, lastReview?.version ?? 0).filter((entry) => entry.actorId !== reviewerId);
  const first = entries[0];
  const last = entries.at(-1);
  if (!first || !last) return null;
  return {
    target: summaryOf(target),
    lastReview,
    changes: changesSince(entries, target),
    changedBy: changedBy(entries),
    firstChangedAt: first.at,
    lastChangedAt: last.at,
    editCount: entries.length,
  };
}

/**
 * The review workflow's rules over any storage: each manager's queue of targets changed since their
 * last decision, recording decisions (403 for other roles, 422, 409 on a stale version), and the
 * returns a responsible person has to answer. Also serves the read-only audit trail.
 */
export function createReviewService(storage: ServiceStorage, options: { now?: () => Date } = {}) {
  const now = options.now ?? (() => new Date());

  return {
    ...createHistoryService(storage),

    async reviewQueue(planId: string, actor: Actor): Promise<ApiResult<ReviewQueueResponse> | ApiResult> {
      if (!canReview(actor)) return forbidden('arviointijono kuuluu johdolle');
      const plan = await storage.getPlan(planId);
      if (!plan) return notFound('Suunnitelmaa');
      const [targets, trail, reviews] = await Promise.all([
        storage.listTargets(planId),
        storage.listPlanAudit(planId),
        storage.listPlanReviews(planId),
      ]);
      const byTarget = trailsByTarget(trail);
      const items = activeOnly(targets)
        .sort((a, b) => a.order - b.order)
        .map((target) => queueItem(target, byTarget.get(target.id) ?? [], reviews, actor.id))
        .filter((item): item is ReviewQueueItem => item !== null)
        // A queue: what has waited longest comes first.
        .sort((a, b) => a.firstChangedAt.localeCompare(b.firstChangedAt));
      return ok({ planId, items });
    },

    async decide(targetId: string, body: unknown, actor: Actor): Promise<ApiResult> {
      if (!canReview(actor)) return forbidden('päivitysten arviointi kuuluu johdolle');
      const parsed = reviewRequestSchema.safeParse(body);
      if (!parsed.success) return validationFailure(toFieldErrors(parsed.error));
      const { version, decision, comment } = parsed.data;
      const ruleErrors = reviewDecisionErrors(decision, comment);
      if (ruleErrors.length > 0) return validationFailure(ruleErrors);
      return storage.atomically(async () => {
        const target = await storage.getTarget(targetId);
        if (!target) return notFound('Tavoitetta');
        if (target.version !== version) {
          const conflict: ConflictResponse = {
            error: 'conflict',
            message: 'Tavoitetta on muutettu sen jälkeen, kun avasit sen. Katso uusimmat muutokset ennen arviointia.',
            current: target,
          };
          return { status: 409, body: conflict };
        }
        const review: Review = {
          id: crypto.randomUUID(),
          planId: target.planId,
          targetId,
          reviewerId: actor.id,
          reviewerName: actor.name,
          version,
          decision,
          comment: comment.trim(),
          at: now().toISOString(),
        };
        await storage.addReview(review);
        return ok({ review });
      }, { key: `target:${targetId}` });
    },

    async myReturns(actor: Actor): Promise<ApiResult<MyReturnsResponse>> {
      const returns: MyReturnsResponse['returns'] = [];
      for (const plan of await storage.listPlans()) {
        const [targets, reviews] = await Promise.all([storage.listTargets(plan.id), storage.listPlanReviews(plan.id)]);
        for (const target of targets.filter((candidate) => isResponsibleFor(actor, candidate))) {
          const last = lastDecisionOn(reviews, target.id);
          if (last?.decision !== 'returned') continue;
          returns.push({ review: last, target: summaryOf(target), answered: isReturnAnswered(last, target.version) });
        }
      }
      returns.sort((a, b) => b.review.at.localeCompare(a.review.at));
      return ok({ returns });
    },
  };
}

export type ReviewService = ReturnType<typeof createReviewService>;
