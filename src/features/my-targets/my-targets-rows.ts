import type { ReturnedUpdate } from '../../api/contract-review';
import type { PlanData } from '../../domain/plan-data';
import { isResponsibleFor } from '../../domain/permissions';
import { isReturnAnswered } from '../../domain/review';
import { daysSinceUpdate, stalenessOf, type Staleness } from '../../domain/staleness';
import type { Target } from '../../domain/target';
import type { Actor } from '../../domain/user';

export interface MyTargetRow {
  target: Target;
  staleness: Staleness;
  days: number;
  returned: boolean;
}

/**
 * Returns still waiting for an answer. The server says whether the target has moved on; the local copy
 * may already know a newer version the server answer predates.
 */
export function openReturns(returns: readonly ReturnedUpdate[], localTargets: readonly Target[]): ReturnedUpdate[] {
  const localVersion = new Map(localTargets.map((target) => [target.id, target.version]));
  return returns.filter((item) => !item.answered && !isReturnAnswered(item.review, localVersion.get(item.target.id) ?? 0));
}

const URGENCY: Record<Staleness, number> = { stale: 0, due: 1, fresh: 2 };

/** The person's targets of the plan, what needs them first: returned, then stale, then due, then by code. */
export function myTargetRows(data: PlanData, person: Pick<Actor, 'name'>, returnedIds: ReadonlySet<string>, now: Date): MyTargetRow[] {
  return data.targets
    .filter((target) => isResponsibleFor(person, target))
    .map((target) => ({
      target,
      staleness: stalenessOf(target, data.plan, now),
      days: daysSinceUpdate(target, now),
      returned: returnedIds.has(target.id),
    }))
    .sort(
      (a, b) =>
        Number(b.returned) - Number(a.returned) ||
        URGENCY[a.staleness] - URGENCY[b.staleness] ||
        a.target.code.localeCompare(b.target.code, 'fi', { numeric: true }),
    );
}
