const LOCK_NAME = 'tavoitevahti-sync';
const LEASE_KEY = 'tavoitevahti.syncLease';
const LEASE_MS = 30_000;
const tabId = typeof crypto !== 'undefined' ? crypto.randomUUID() : String(Math.random());

interface Lease {
  owner: string;
  expiresAt: number;
}

function readLease(): Lease | null {
  try {
    return JSON.parse(localStorage.getItem(LEASE_KEY) ?? 'null') as Lease | null;
  } catch {
    return null;
  }
}

// Without Web Locks, a lease in localStorage keeps other tabs out; it expires if its tab dies mid-sync.
async function withLease<T>(work: () => Promise<T>): Promise<T | null> {
  const lease = readLease();
  if (lease && lease.owner !== tabId && lease.expiresAt > Date.now()) return null;
  localStorage.setItem(LEASE_KEY, JSON.stringify({ owner: tabId, expiresAt: Date.now() + LEASE_MS }));
  try {
    return await work();
  } finally {
    if (readLease()?.owner === tabId) localStorage.removeItem(LEASE_KEY);
  }
}

/**
 * Runs `work` only if no other tab of this app is syncing; returns null without running it otherwise.
 * Uses the Web Locks API, or a localStorage lease where the browser has none.
 */
export async function withSyncLock<T>(work: () => Promise<T>): Promise<T | null> {
  if (typeof navigator !== 'undefined' && navigator.locks?.request) {
    return navigator.locks.request(LOCK_NAME, { ifAvailable: true }, async (lock) => (lock ? work() : null));
  }
  return withLease(work);
}
