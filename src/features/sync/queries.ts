import { queryOptions, useQuery } from '@tanstack/react-query';
import { syncKeys } from '../../api/query-keys';
import type { OutboxEntry, OutboxState } from '../../offline/db';
import { readLocalTarget } from '../../offline/local-store';
import { outboxQuery } from '../../offline/queries';

export type OutboxCounts = Record<OutboxState, number>;

/** How many edits are in each state, for the header. */
export function countOutbox(entries: readonly OutboxEntry[]): OutboxCounts {
  const counts: OutboxCounts = { pending: 0, failed: 0, conflict: 0 };
  for (const entry of entries) counts[entry.state] += 1;
  return counts;
}

export interface EditedTargetLabel {
  code: string;
  title: string;
}

const editedTargetKeys = {
  all: () => [...syncKeys.all, 'editedTargets'] as const,
  list: (targetIds: readonly string[]) => [...editedTargetKeys.all(), targetIds] as const,
};

/** The code and title of each edited target, from the local copy; a target not stored here is left out. */
export const editedTargetsQuery = (targetIds: readonly string[]) =>
  queryOptions({
    queryKey: editedTargetKeys.list(targetIds),
    queryFn: async (): Promise<Record<string, EditedTargetLabel>> => {
      const stored = await Promise.all(targetIds.map((targetId) => readLocalTarget(targetId)));
      return Object.fromEntries(
        stored.flatMap((response) => (response ? [[response.target.id, { code: response.target.code, title: response.target.title }]] : [])),
      );
    },
  });

export const useOutbox = () => useQuery(outboxQuery());
export const useOutboxCounts = () => useQuery({ ...outboxQuery(), select: countOutbox });

/** Labels for the targets the outbox refers to; the ids are sorted so the key does not depend on edit order. */
export function useEditedTargets(entries: readonly OutboxEntry[] | undefined) {
  const targetIds = [...new Set((entries ?? []).map((entry) => entry.entityId))].sort();
  return useQuery({ ...editedTargetsQuery(targetIds), enabled: targetIds.length > 0 });
}
