import Dexie from 'dexie';
import type { RecordEntity } from '../domain/record-changes';
import { localDb, type AnyOutboxEntry, type CollectionKind, type LocalDatabase } from './db';

/** The local tables name collections in the plural, the outbox and the audit trail name entities in the singular. */
export const KIND_OF_ENTITY: Readonly<Record<RecordEntity, CollectionKind>> = { measure: 'measures', project: 'projects' };
export const ENTITY_OF_KIND: Readonly<Record<CollectionKind, RecordEntity>> = { measures: 'measure', projects: 'project' };

interface Identified {
  id: string;
}

/** The server copy of a measure or project with its unsynced edits laid over it in order: what the user sees. */
export function applyPendingRecordEdits<T extends Identified>(serverCopy: T, entity: RecordEntity, entries: readonly AnyOutboxEntry[]): T {
  let shown = serverCopy;
  for (const entry of entries) {
    if (entry.entity === entity && entry.entityId === serverCopy.id) shown = { ...shown, ...entry.changes };
  }
  return shown;
}

/** Every unsynced edit of one kind of record, oldest first. Call inside a transaction that includes the outbox. */
async function editsOfKind(db: LocalDatabase, entity: RecordEntity): Promise<AnyOutboxEntry[]> {
  return db.outbox.where('[entity+entityId]').between([entity, Dexie.minKey], [entity, Dexie.maxKey]).sortBy('seq');
}

/** Rebuilds the shown copy of one record from its server copy and its waiting edits (inside a transaction). */
export async function refreshShownRecord(db: LocalDatabase, entity: RecordEntity, id: string): Promise<void> {
  const kind = KIND_OF_ENTITY[entity];
  const serverCopy = await db.serverRecords.get([kind, id]);
  if (!serverCopy) return;
  const entries = await db.outbox.where('[entity+entityId]').equals([entity, id]).sortBy('seq');
  await db.records.put({ kind, id, data: applyPendingRecordEdits(serverCopy.data as Identified, entity, entries) });
}

/**
 * Stores the server's whole list of one kind (inside a transaction over records, serverRecords and outbox).
 * Records with unsynced edits keep showing them on top of the new server copy; a record the server no
 * longer lists is removed here too, unless an edit still waits for it.
 */
export async function storeServerRecords(db: LocalDatabase, kind: CollectionKind, items: readonly Identified[]): Promise<void> {
  const entity = ENTITY_OF_KIND[kind];
  const entries = await editsOfKind(db, entity);
  const waiting = new Set(entries.map((entry) => entry.entityId));
  const listed = new Set(items.map((item) => item.id));
  const known = (await db.records.where('kind').equals(kind).toArray()).map((row) => row.id);
  const gone = known.filter((id) => !listed.has(id) && !waiting.has(id));
  await db.records.bulkDelete(gone.map((id) => [kind, id] as [CollectionKind, string]));
  await db.serverRecords.bulkDelete(gone.map((id) => [kind, id] as [CollectionKind, string]));
  await db.serverRecords.bulkPut(items.map((item) => ({ kind, id: item.id, data: item })));
  await db.records.bulkPut(items.map((item) => ({ kind, id: item.id, data: applyPendingRecordEdits(item, entity, entries) })));
}

/** One measure or project as shown here (with unsynced edits); undefined when it is not stored on this device. */
export async function readLocalRecord(entity: RecordEntity, id: string, db: LocalDatabase = localDb): Promise<unknown> {
  return (await db.records.get([KIND_OF_ENTITY[entity], id]))?.data;
}
