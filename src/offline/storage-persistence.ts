import { create } from 'zustand';

export type PersistenceResult = 'granted' | 'denied' | 'unsupported';

/**
 * Asks the browser to keep this site's storage (the local copy and unsent edits) under storage pressure.
 * Resolves 'granted' when the storage is persistent (already or now), 'denied' when the browser says no
 * or the request fails, 'unsupported' when the browser has no such request. Never rejects.
 */
export async function requestPersistentStorage(): Promise<PersistenceResult> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (typeof storage?.persist !== 'function') return 'unsupported';
  try {
    // Asking again when it is already granted would show some browsers' prompt for nothing.
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return 'granted';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch (error) {
    console.warn('Persistent storage could not be requested; the browser may clear local data.', error);
    return 'denied';
  }
}

export interface StorageStatus {
  /** Whether the browser keeps local data under storage pressure; 'unknown' until asked. */
  persistence: 'unknown' | PersistenceResult;
  /** A write to local storage failed because the quota is full. */
  quotaExceeded: boolean;
  setPersistence: (persistence: PersistenceResult) => void;
  setQuotaExceeded: (quotaExceeded: boolean) => void;
}

/** The state of the browser's storage for the header's warning; holds no data itself. */
export const useStorageStatusStore = create<StorageStatus>()((set) => ({
  persistence: 'unknown',
  quotaExceeded: false,
  setPersistence: (persistence) => set({ persistence }),
  setQuotaExceeded: (quotaExceeded) => set({ quotaExceeded }),
}));
