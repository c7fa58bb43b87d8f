import { useQuery } from '@tanstack/react-query';
import { planTargetsQuery } from '../../offline/queries';

/** The plan with its themes, goals and targets: the same cache entry the target list reads. */
export const useReportData = (planId: string) => useQuery(planTargetsQuery(planId));
