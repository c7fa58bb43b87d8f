import type { AnyOutboxEntry, LocalDatabase } from './db';

/** One entity's queue of edits: they are sent one after another, in the order they were made. */
export interface Lane {
  entity: AnyOutboxEntry['entity'];
  entityId: string;
}

const laneKey = (entry: Lane) => `${entry.entity}\u0000${entry.entityId}`;

/** The oldest edit of each entity: only it may be sent, the others wait behind it. */
export function headsOfQueues(entries: readonly AnyOutboxEntry[]): AnyOutboxEntry[] {
  const seen = new Set<string>();
  return entries.filter((entry) => {
    const key = laneKey(entry);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The edit at the head of a lane now, if any. */
export async function laneHead(db: LocalDatabase, lane: Lane): Promise<AnyOutboxEntry | undefined> {
  const [head] = await db.outbox.where('[entity+entityId]').equals([lane.entity, lane.entityId]).sortBy('seq');
  return head;
}

/** Whether the lane still holds an edit (e.g. an import that has not reached the server). */
export async function laneHasEdits(db: LocalDatabase, lane: Lane): Promise<boolean> {
  return (await db.outbox.where('[entity+entityId]').equals([lane.entity, lane.entityId]).count()) > 0;
}
