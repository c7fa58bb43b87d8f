import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/api-error';

/** Retries what may pass on its own (network, 5xx) twice; a malformed answer or a 404 is shown at once. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Queries read the local database first, so they must run offline too.
        networkMode: 'always',
        staleTime: 30_000,
        retry: (failureCount, error) =>
          failureCount < 2 && error instanceof ApiError && (error.kind === 'network' || error.kind === 'server'),
      },
    },
  });
}
