import { useQuery } from '@tanstack/react-query';
import { plansQuery } from '../../offline/queries';

export const usePlans = () => useQuery(plansQuery());
