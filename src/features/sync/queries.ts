import { useQuery } from '@tanstack/react-query';
import type { AnyOutboxEntry, OutboxState } from '../../offline/db';
import { allEditsQuery } from '../../offline/record-queries';

export type OutboxCounts = Record<OutboxState, number>;

/** How many edits are in each state, for the header. */
export function countOutbox(entries: readonly AnyOutboxEntry[]): OutboxCounts {
  const counts: OutboxCounts = { pending: 0, failed: 0, conflict: 0 };
  for (const entry of entries) counts[entry.state] += 1;
  return counts;
}

/** Every unsynced edit of any kind, oldest first. */
export const useOutbox = () => useQuery(allEditsQuery());
export const useOutboxCounts = () => useQuery({ ...allEditsQuery(), select: countOutbox });
