import { toFieldErrors } from '../domain/field-errors';
import { recordChangesSchemas, type RecordEntity, type RecordTypes } from '../domain/record-changes';
import { announceChange } from './change-feed';
import { localDb, type LocalDatabase, type RecordOutboxEntry } from './db';
import { EditValidationError, StorageFullError } from './errors';
import { editsOf, isQuotaError, rebaseLaterEdits, resolvedEntry } from './outbox';
import { KIND_OF_ENTITY, refreshShownRecord } from './record-store';

export interface RecordEdit<E extends RecordEntity> {
  entity: E;
  id: string;
  changes: RecordTypes[E]['changes'];
  author: string;
  authorId?: string;
}

/**
 * Saves an edit of a measure or project locally first, like a target edit: the changed record and its
 * outbox entry in one transaction, before any network call. A failed edit of the same record is replaced
 * by the corrected one. Throws EditValidationError or StorageFullError.
 */
export async function saveRecordEdit<E extends RecordEntity>(edit: RecordEdit<E>, db: LocalDatabase = localDb): Promise<RecordOutboxEntry<E>> {
  const parsed = recordChangesSchemas[edit.entity].safeParse(edit.changes);
  if (!parsed.success) throw new EditValidationError(toFieldErrors(parsed.error));
  const changes = parsed.data as RecordTypes[E]['changes'];
  const kind = KIND_OF_ENTITY[edit.entity];
  try {
    const saved = await db.transaction('rw', [db.records, db.serverRecords, db.outbox], async () => {
      const row = await db.records.get([kind, edit.id]);
      if (!row) throw new Error(`${edit.entity} ${edit.id} is not stored locally`);
      const shown = row.data as RecordTypes[E]['item'];
      const waiting = (await editsOf(db, edit.entity, edit.id)) as RecordOutboxEntry<E>[];
      // With no edit waiting the shown copy is the server's; a database from before version 4 has no server copies yet.
      if (waiting.length === 0 && !(await db.serverRecords.get([kind, edit.id]))) await db.serverRecords.put(row);
      const failed = waiting.find((entry) => entry.state === 'failed');
      let entry: RecordOutboxEntry<E>;
      if (failed?.seq !== undefined) {
        entry = { ...failed, changes: { ...failed.changes, ...changes }, state: 'pending', lastError: null, nextAttemptAt: 0 };
        await db.outbox.put(entry);
      } else {
        entry = {
          id: crypto.randomUUID(),
          entity: edit.entity,
          entityId: edit.id,
          planId: null,
          baseVersion: shown.version,
          changes,
          createdAt: new Date().toISOString(),
          author: edit.author,
          authorId: edit.authorId,
          attempts: 0,
          lastError: null,
          state: 'pending',
          nextAttemptAt: 0,
          theirs: null,
        };
        entry.seq = await db.outbox.add(entry);
      }
      await db.records.put({ kind, id: edit.id, data: { ...shown, ...changes } });
      return entry;
    });
    announceChange('outbox');
    return saved;
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError(error);
    throw error;
  }
}

/** The server accepted the edit: it leaves the outbox, the server's copy becomes the base (see markEditSynced). */
export async function markRecordEditSynced(
  entry: RecordOutboxEntry,
  serverCopy: RecordTypes[RecordEntity]['item'],
  appliedVersion: number,
  db: LocalDatabase = localDb,
): Promise<void> {
  await db.transaction('rw', [db.outbox, db.records, db.serverRecords], async () => {
    await db.outbox.where('id').equals(entry.id).delete();
    await rebaseLaterEdits(db, entry, appliedVersion);
    await db.serverRecords.put({ kind: KIND_OF_ENTITY[entry.entity], id: entry.entityId, data: serverCopy });
    await refreshShownRecord(db, entry.entity, entry.entityId);
  });
  announceChange('outbox');
}

/** The record moved on at the server (409): keep both versions until the user chooses. */
export async function markRecordEditConflict(
  entry: RecordOutboxEntry,
  theirs: RecordTypes[RecordEntity]['item'],
  db: LocalDatabase = localDb,
): Promise<void> {
  await db.transaction('rw', [db.outbox, db.records, db.serverRecords], async () => {
    await db.outbox.where('id').equals(entry.id).modify({ attempts: entry.attempts + 1, state: 'conflict', theirs, lastError: null });
    await db.serverRecords.put({ kind: KIND_OF_ENTITY[entry.entity], id: entry.entityId, data: theirs });
    // The colleague's other changes show at once, with this edit still on top until the user chooses.
    await refreshShownRecord(db, entry.entity, entry.entityId);
  });
  announceChange('outbox');
}

/** For each changed field of a conflict: keep my value or take the server's. Unlisted fields stay "mine". */
export type RecordConflictChoice = Partial<Record<string, 'mine' | 'theirs'>>;

/**
 * Settles a measure or project conflict field by field, like resolveConflict for targets: the fields kept as
 * "mine" are queued as a new edit based on the server's version; the others take the server's values.
 */
export async function resolveRecordConflict(entryId: string, choice: RecordConflictChoice, db: LocalDatabase = localDb): Promise<void> {
  await db.transaction('rw', [db.outbox, db.records, db.serverRecords], async () => {
    const entry = await db.outbox.where('id').equals(entryId).first();
    if (!entry || (entry.entity !== 'measure' && entry.entity !== 'project') || entry.state !== 'conflict' || !entry.theirs) return;
    const theirs = entry.theirs;
    const resolution = resolvedEntry(entry, theirs.version, choice);
    if (resolution) await db.outbox.put(resolution);
    else await db.outbox.where('id').equals(entryId).delete();
    await db.serverRecords.put({ kind: KIND_OF_ENTITY[entry.entity], id: entry.entityId, data: theirs });
    await refreshShownRecord(db, entry.entity, entry.entityId);
  });
  announceChange('outbox');
}
