import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../api/client';
import { targetKeys } from '../../api/query-keys';

/** A plan with its themes, goals and targets, for the list. */
export const planTargetsQuery = (planId: string) =>
  queryOptions({
    queryKey: targetKeys.list(planId),
    queryFn: () => apiClient.getPlanTargets(planId),
    placeholderData: keepPreviousData,
  });

/** One target with its goal, theme and plan, for the detail page. */
export const targetDetailQuery = (targetId: string) =>
  queryOptions({
    queryKey: targetKeys.detail(targetId),
    queryFn: () => apiClient.getTarget(targetId),
  });

export const usePlanTargets = (planId: string) => useQuery(planTargetsQuery(planId));
export const useTargetDetail = (targetId: string) => useQuery(targetDetailQuery(targetId));
