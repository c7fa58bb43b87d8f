import type { Target, TargetChanges } from '../domain/target';
import { announceChange } from './change-feed';
import { isRecordEntry, localDb, type AnyOutboxEntry, type LocalDatabase, type OutboxEntry } from './db';
import { applyPendingEdits } from './pending';
import { forgetImportedPlan } from './forget-plan';
import { refreshShownRecord } from './record-store';

export { editsOf, isQuotaError, isTargetWorld, readAllEdits, readOutbox } from './outbox-read';
import { editsOf } from './outbox-read';

async function refreshShownTarget(db: LocalDatabase, targetId: string): Promise<void> {
  const serverCopy = await db.serverTargets.get(targetId);
  if (!serverCopy) return;
  await db.targets.put(applyPendingEdits(serverCopy, await editsOf(db, 'target', targetId)));
}

/** Makes a failed or waiting edit due now; the sync engine sends it on its next round. */
export async function retryEdit(entryId: string, db: LocalDatabase = localDb): Promise<void> {
  await db.outbox.where('id').equals(entryId).modify({ state: 'pending', nextAttemptAt: 0 });
  announceChange('outbox');
}

/** Throws an unsynced edit away and shows the last server copy again. Cannot be undone. */
export async function discardEdit(entryId: string, db: LocalDatabase = localDb): Promise<void> {
  const tables = [db.plans, db.themes, db.goals, db.outbox, db.targets, db.serverTargets, db.meta, db.records, db.serverRecords];
  await db.transaction('rw', tables, async () => {
    const entry = await db.outbox.where('id').equals(entryId).first();
    if (!entry) return;
    // A discarded import takes its plan with it: nothing of it exists on the server.
    if (entry.entity === 'planImport') return forgetImportedPlan(entry.entityId, db);
    await db.outbox.where('id').equals(entryId).delete();
    if (isRecordEntry(entry)) await refreshShownRecord(db, entry.entity, entry.entityId);
    else await refreshShownTarget(db, entry.entityId);
  });
  announceChange('outbox');
}

/** The server created the imported plan: the import leaves the outbox. */
export async function markImportSynced(entry: OutboxEntry, db: LocalDatabase = localDb): Promise<void> {
  await db.outbox.where('id').equals(entry.id).delete();
  announceChange('outbox');
}

/**
 * The server accepted the edit: it leaves the outbox and the server's copy becomes the base. Later edits
 * of the same target were made on top of this one, so they are now based on the version it produced
 * (`appliedVersion`) — not on the current one, which a colleague may have moved on since.
 */
export async function markEditSynced(
  entry: OutboxEntry,
  serverCopy: Target,
  appliedVersion: number,
  db: LocalDatabase = localDb,
): Promise<void> {
  await db.transaction('rw', [db.outbox, db.targets, db.serverTargets], async () => {
    await db.outbox.where('id').equals(entry.id).delete();
    await rebaseLaterEdits(db, entry, appliedVersion);
    await db.serverTargets.put(serverCopy);
    await refreshShownTarget(db, entry.entityId);
  });
  announceChange('outbox');
}

/** Later edits of the same entity made on top of `entry` are now based on the version it produced. */
export async function rebaseLaterEdits(db: LocalDatabase, entry: AnyOutboxEntry, appliedVersion: number): Promise<void> {
  await db.outbox
    .where('[entity+entityId]')
    .equals([entry.entity, entry.entityId])
    .filter((later) => later.baseVersion === entry.baseVersion)
    .modify({ baseVersion: appliedVersion });
}

/** The edit could not be delivered now (offline, 5xx): try again after `delayMs`. */
export async function markEditForRetry(entry: AnyOutboxEntry, message: string, delayMs: number, now: number, db: LocalDatabase = localDb) {
  await db.outbox.where('id').equals(entry.id).modify({
    attempts: entry.attempts + 1,
    lastError: message,
    nextAttemptAt: now + delayMs,
  });
  announceChange('outbox');
}

/** The server refused the edit for good (4xx); it is kept, with the reason, for the user to fix or discard. */
export async function markEditFailed(entry: AnyOutboxEntry, message: string, db: LocalDatabase = localDb) {
  await db.outbox.where('id').equals(entry.id).modify({ attempts: entry.attempts + 1, lastError: message, state: 'failed' });
  announceChange('outbox');
}

/** The target moved on at the server (409): keep both versions until the user chooses. */
export async function markEditConflict(entry: OutboxEntry, theirs: Target, db: LocalDatabase = localDb) {
  await db.transaction('rw', [db.outbox, db.targets, db.serverTargets], async () => {
    await db.outbox.where('id').equals(entry.id).modify({ attempts: entry.attempts + 1, state: 'conflict', theirs, lastError: null });
    await db.serverTargets.put(theirs);
    // The user sees the colleague's other changes, with their own edit still on top until they choose.
    await refreshShownTarget(db, entry.entityId);
  });
  announceChange('outbox');
}

export type ConflictChoice = Partial<Record<keyof TargetChanges, 'mine' | 'theirs'>>;

/**
 * The conflicted entry with only the fields kept as "mine", as a new edit based on the server's version
 * (same seq, new edit id, so it keeps its place in the order); null when every field went to "theirs".
 */
export function resolvedEntry<E extends AnyOutboxEntry>(entry: E, theirsVersion: number, choice: Partial<Record<string, 'mine' | 'theirs'>>): E | null {
  const kept = Object.fromEntries(Object.entries(entry.changes).filter(([field]) => (choice[field] ?? 'mine') === 'mine'));
  if (Object.keys(kept).length === 0) return null;
  return {
    ...entry,
    id: crypto.randomUUID(),
    baseVersion: theirsVersion,
    changes: kept,
    attempts: 0,
    lastError: null,
    state: 'pending',
    nextAttemptAt: 0,
    theirs: null,
  };
}

/**
 * Settles a conflict field by field: the fields kept as "mine" go to the server as a new edit based on
 * the server's version; the rest take the server's values. Nothing is sent when every field is "theirs".
 */
export async function resolveConflict(entryId: string, choice: ConflictChoice, db: LocalDatabase = localDb): Promise<void> {
  await db.transaction('rw', [db.outbox, db.targets, db.serverTargets], async () => {
    const entry = await db.outbox.where('id').equals(entryId).first();
    if (!entry || entry.entity !== 'target' || entry.state !== 'conflict' || !entry.theirs) return;
    const theirs = entry.theirs;
    const resolution = resolvedEntry(entry, theirs.version, choice);
    if (resolution) await db.outbox.put(resolution);
    else await db.outbox.where('id').equals(entryId).delete();
    // Later edits of this target keep their old base: they never saw the colleague's version either,
    // so the server answers them with 409 and the user is asked again rather than overwriting silently.
    await db.serverTargets.put(theirs);
    await refreshShownTarget(db, entry.entityId);
  });
  announceChange('outbox');
}
