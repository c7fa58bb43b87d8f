import { useQuery } from '@tanstack/react-query';
import { activePlanTargetsQuery } from '../../offline/queries';

/** The plan with its themes, goals and targets: the same cache entry the target list reads. */
export const useReportData = (planId: string) => useQuery(activePlanTargetsQuery(planId));
