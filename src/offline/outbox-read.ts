import { isRecordEntry, localDb, type AnyOutboxEntry, type LocalDatabase, type OutboxEntry } from './db';

// Reading the outbox, apart from changing it: the first view shows what waits, the sync engine changes it.

/** The browser refused to store more (disk full), possibly wrapped by Dexie. */
export const isQuotaError = (error: unknown) =>
  error instanceof Error &&
  (error.name === 'QuotaExceededError' || (error as { inner?: Error }).inner?.name === 'QuotaExceededError');

export const isTargetWorld = (entry: AnyOutboxEntry): entry is OutboxEntry => !isRecordEntry(entry);

/** Every unsynced target edit and plan import in the order it was made (measure and project edits: readAllEdits). */
export async function readOutbox(db: LocalDatabase = localDb): Promise<OutboxEntry[]> {
  return (await readAllEdits(db)).filter(isTargetWorld);
}

/** Every unsynced edit of any kind (targets, plan imports, measures, projects) in the order it was made. */
export async function readAllEdits(db: LocalDatabase = localDb): Promise<AnyOutboxEntry[]> {
  return db.outbox.orderBy('seq').toArray();
}

/** One entity's unsynced edits, oldest first. */
export async function editsOf(db: LocalDatabase, entity: AnyOutboxEntry['entity'], entityId: string): Promise<AnyOutboxEntry[]> {
  return db.outbox.where('[entity+entityId]').equals([entity, entityId]).sortBy('seq');
}
