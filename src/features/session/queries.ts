import { queryOptions } from '@tanstack/react-query';
import { apiClient } from '../../api/client';

/** The people the demo lets you sign in as: asked from the server, since signing in needs it anyway. */
export const signInUsersQuery = () =>
  queryOptions({ queryKey: ['session', 'users'] as const, queryFn: () => apiClient.listUsers(), staleTime: 60_000 });
