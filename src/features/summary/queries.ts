import { useQuery } from '@tanstack/react-query';
import { activePlanTargetsQuery, plansQuery } from '../../offline/queries';

export const usePlanData = (planId: string) => useQuery(activePlanTargetsQuery(planId));
export const usePlans = () => useQuery(plansQuery());

/** The previous period's plan, asked for only once it is known which plan that is. */
export const usePreviousPlanData = (planId: string | null) =>
  useQuery({ ...activePlanTargetsQuery(planId ?? ''), enabled: planId !== null });
