import { queryOptions, useQuery } from '@tanstack/react-query';
import { loadPlans } from '../../offline/read-through';
import { planKeys } from '../../api/query-keys';

export const plansQuery = () =>
  queryOptions({
    queryKey: planKeys.list(),
    queryFn: () => loadPlans(),
  });

export const usePlans = () => useQuery(plansQuery());
