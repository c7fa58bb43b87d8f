import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/client';
import { planKeys, targetKeys } from '../../api/query-keys';
import { planTargetsQuery } from '../../offline/queries';
import { refreshPlanFromServer } from '../../offline/structure-refresh';

/** The plan with its themes, goals and targets (archived ones too), from the local copy. */
export const usePlanStructure = (planId: string) => useQuery(planTargetsQuery(planId));

/**
 * Sends one structure change to the server; afterwards the local copy of the plan is brought up to
 * date, also after a refusal, since a taken code or a conflict usually means this copy was behind.
 */
export function useStructureMutation(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    // Never queued or paused: offline the change fails at once and the page says it needs a connection.
    networkMode: 'always',
    mutationFn: (change: () => Promise<unknown>) => change(),
    onSettled: async (_data, error) => {
      const unreachable = error instanceof ApiError && error.kind === 'network';
      // A failed refresh does not undo an accepted change; the sync engine's next pull brings it.
      if (!unreachable) await refreshPlanFromServer(planId).catch(() => undefined);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: targetKeys.all }),
        queryClient.invalidateQueries({ queryKey: planKeys.all }),
      ]);
    },
  });
}
