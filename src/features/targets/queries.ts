import { useQuery } from '@tanstack/react-query';
import { targetKeys } from '../../api/query-keys';
import { countLocalTargets } from '../../offline/local-store';
import { activePlanTargetsQuery, outboxQuery, targetDetailQuery } from '../../offline/queries';

export const usePlanTargets = (planId: string) => useQuery(activePlanTargetsQuery(planId));
export const useTargetDetail = (targetId: string) => useQuery(targetDetailQuery(targetId));
export const useOutbox = () => useQuery(outboxQuery());

/**
 * How many targets the plan has here, known before its rows are read, so a long list can fetch its
 * scrolling table's code at the same time. Under the plan's list key, so it is refreshed with it.
 */
export const useLocalTargetCount = (planId: string) =>
  useQuery({ queryKey: [...targetKeys.list(planId), 'count'], queryFn: () => countLocalTargets(planId) });
