import { create } from 'zustand';

export interface SyncStatus {
  /** A sync round is running in this tab. */
  syncing: boolean;
  /** When this device last finished a sync with the server, ISO time; null if never. */
  lastSyncAt: string | null;
  /** Why the last round could not reach the server, if it could not. */
  lastError: string | null;
}

/** The sync engine's own state for the header; the edits themselves are read from the outbox. */
export const useSyncStatusStore = create<SyncStatus>()(() => ({ syncing: false, lastSyncAt: null, lastError: null }));
