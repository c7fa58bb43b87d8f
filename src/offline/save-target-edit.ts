import { toFieldErrors } from '../domain/field-errors';
import { targetChangesSchema, type TargetChanges } from '../domain/target';
import { announceChange } from './change-feed';
import { localDb, type LocalDatabase, type OutboxEntry } from './db';
import { EditValidationError, StorageFullError } from './errors';
import { editsOf, isQuotaError, isTargetWorld } from './outbox-read';

// Apart from the rest of the outbox: only the edit form needs it, and it brings the validation library.

/**
 * Saves an edit locally first: the changed target and its outbox entry are written in one transaction,
 * before any network call, so the edit survives a crash, a reload or a closed lid. A failed edit of the
 * same target is replaced by the corrected one. Throws EditValidationError or StorageFullError.
 */
export async function saveTargetEdit(
  edit: { targetId: string; changes: TargetChanges; author: string; authorId?: string },
  db: LocalDatabase = localDb,
): Promise<OutboxEntry> {
  const parsed = targetChangesSchema.safeParse(edit.changes);
  if (!parsed.success) throw new EditValidationError(toFieldErrors(parsed.error));
  const changes = parsed.data;
  try {
    const saved = await db.transaction('rw', [db.targets, db.serverTargets, db.outbox], async () => {
      const shown = await db.targets.get(edit.targetId);
      if (!shown) throw new Error(`Target ${edit.targetId} is not stored locally`);
      const failed = (await editsOf(db, 'target', edit.targetId)).filter(isTargetWorld).find((entry) => entry.state === 'failed');
      let entry: OutboxEntry;
      if (failed?.seq !== undefined) {
        entry = { ...failed, changes: { ...failed.changes, ...changes }, state: 'pending', lastError: null, nextAttemptAt: 0 };
        await db.outbox.put(entry);
      } else {
        entry = {
          id: crypto.randomUUID(),
          entity: 'target',
          entityId: edit.targetId,
          planId: shown.planId,
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
      await db.targets.put({ ...shown, ...changes });
      return entry;
    });
    announceChange('outbox');
    return saved;
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError(error);
    throw error;
  }
}
