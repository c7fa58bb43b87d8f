import { useQuery } from '@tanstack/react-query';
import { outboxQuery, planTargetsQuery, targetDetailQuery } from '../../offline/queries';

export const usePlanTargets = (planId: string) => useQuery(planTargetsQuery(planId));
export const useTargetDetail = (targetId: string) => useQuery(targetDetailQuery(targetId));
export const useOutbox = () => useQuery(outboxQuery());
