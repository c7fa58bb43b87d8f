import type { Plan } from './plan';
import type { Target } from './target';

export const DEFAULT_UPDATE_INTERVAL_DAYS = 30;
export const DEFAULT_STALE_AFTER_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

/** fresh: updated within the plan's interval; due: an update is due; stale: not updated for too long. */
export type Staleness = 'fresh' | 'due' | 'stale';

/** The plan's update rules, with the defaults where the plan sets none. */
export function stalenessRules(plan: Pick<Plan, 'updateIntervalDays' | 'staleAfterDays'>) {
  return {
    updateIntervalDays: plan.updateIntervalDays ?? DEFAULT_UPDATE_INTERVAL_DAYS,
    staleAfterDays: plan.staleAfterDays ?? DEFAULT_STALE_AFTER_DAYS,
  };
}

/** How overdue a target's update is at `now`, by the plan's rules. */
export function stalenessOf(
  target: Pick<Target, 'updatedAt'>,
  plan: Pick<Plan, 'updateIntervalDays' | 'staleAfterDays'>,
  now: Date,
): Staleness {
  const { updateIntervalDays, staleAfterDays } = stalenessRules(plan);
  const ageDays = (now.getTime() - new Date(target.updatedAt).getTime()) / DAY_MS;
  if (ageDays > staleAfterDays) return 'stale';
  if (ageDays > updateIntervalDays) return 'due';
  return 'fresh';
}

/** Whole days since the target was last updated. */
export function daysSinceUpdate(target: Pick<Target, 'updatedAt'>, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - new Date(target.updatedAt).getTime()) / DAY_MS));
}
