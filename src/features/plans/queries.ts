import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../api/client';
import { planKeys } from '../../api/query-keys';

export const plansQuery = () =>
  queryOptions({
    queryKey: planKeys.list(),
    queryFn: () => apiClient.listPlans(),
  });

export const usePlans = () => useQuery(plansQuery());
