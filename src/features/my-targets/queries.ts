import { useQuery } from '@tanstack/react-query';
import { myReturnsQuery } from '../../api/review-client';
import { activePlanTargetsQuery, plansQuery } from '../../offline/queries';

/**
 * The newest plan (the current reporting period) with its targets, from the local copy, so "my targets"
 * works offline; older periods are done with and would only list stale flags.
 */
export function useNewestPlanTargets() {
  const plans = useQuery(plansQuery());
  const newest = plans.data?.plans[0];
  const planTargets = useQuery({ ...activePlanTargetsQuery(newest?.id ?? ''), enabled: newest !== undefined });
  return { plans, planTargets };
}

/** Returns on the person's targets: online data, asked from the server. */
export const useMyReturns = (userId: string | null) => useQuery({ ...myReturnsQuery(userId ?? ''), enabled: userId !== null });
