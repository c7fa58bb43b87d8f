import { useQuery } from '@tanstack/react-query';
import { activePlanTargetsQuery, outboxQuery, targetDetailQuery } from '../../offline/queries';

export const usePlanTargets = (planId: string) => useQuery(activePlanTargetsQuery(planId));
export const useTargetDetail = (targetId: string) => useQuery(targetDetailQuery(targetId));
export const useOutbox = () => useQuery(outboxQuery());
