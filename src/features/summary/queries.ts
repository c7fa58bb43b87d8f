import { useQuery } from '@tanstack/react-query';
import { planTargetsQuery, plansQuery } from '../../offline/queries';

export const usePlanData = (planId: string) => useQuery(planTargetsQuery(planId));
export const usePlans = () => useQuery(plansQuery());

/** The previous period's plan, asked for only once it is known which plan that is. */
export const usePreviousPlanData = (planId: string | null) =>
  useQuery({ ...planTargetsQuery(planId ?? ''), enabled: planId !== null });
