import type { MeasureChanges, ProjectChanges, RecordTypes, RecordEntity } from '../domain/record-changes';
import type { recordsClient } from '../api/records-client';
import type { RecordOutboxEntry } from './db';

export type RecordSyncApi = Pick<typeof recordsClient, 'updateMeasure' | 'updateProject'>;

/**
 * Sends one measure or project edit with its edit id and base version (network only: the caller stores the
 * outcome). Throws ApiError, or RecordConflictError with the server's copy on 409.
 */
export async function sendRecordEdit(
  api: RecordSyncApi,
  entry: RecordOutboxEntry,
): Promise<{ item: RecordTypes[RecordEntity]['item']; appliedVersion: number }> {
  const base = { baseVersion: entry.baseVersion, editId: entry.id };
  return entry.entity === 'measure'
    ? api.updateMeasure(entry.entityId, { ...base, changes: entry.changes as MeasureChanges })
    : api.updateProject(entry.entityId, { ...base, changes: entry.changes as ProjectChanges });
}
