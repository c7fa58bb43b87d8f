import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { syncKeys, targetKeys } from '../../api/query-keys';
import { readOutbox } from '../../offline/outbox';
import { loadPlanData, loadTargetDetail } from '../../offline/read-through';

/** A plan with its themes, goals and targets, for the list: read from the local copy. */
export const planTargetsQuery = (planId: string) =>
  queryOptions({
    queryKey: targetKeys.list(planId),
    queryFn: () => loadPlanData(planId),
    placeholderData: keepPreviousData,
  });

/** One target with its goal, theme and plan, for the detail page: read from the local copy. */
export const targetDetailQuery = (targetId: string) =>
  queryOptions({
    queryKey: targetKeys.detail(targetId),
    queryFn: () => loadTargetDetail(targetId),
  });

/** Every edit not yet accepted by the server, oldest first. */
export const outboxQuery = () => queryOptions({ queryKey: syncKeys.outbox(), queryFn: () => readOutbox() });

export const usePlanTargets = (planId: string) => useQuery(planTargetsQuery(planId));
export const useTargetDetail = (targetId: string) => useQuery(targetDetailQuery(targetId));
export const useOutbox = () => useQuery(outboxQuery());
