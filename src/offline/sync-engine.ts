import { ApiError, apiClient } from '../api/client';
import { RecordConflictError, recordsClient } from '../api/records-client';
import { useSessionStore } from '../api/session-store';
import { onLocalChange } from './change-feed';
import { pullCollections } from './collections';
import { isRecordEntry, localDb, type AnyOutboxEntry, type LocalDatabase } from './db';
import { headsOfQueues, laneHasEdits, laneHead, type Lane } from './lanes';
import { loadedPlanIds, storeServerPlanData, storeServerPlans } from './local-store';
import {
  markEditConflict,
  markEditFailed,
  markEditForRetry,
  markEditSynced,
  markImportSynced,
  readAllEdits,
} from './outbox';
import { retryDelayMs } from './pending';
import { markRecordEditConflict, markRecordEditSynced } from './record-edits';
import { sendRecordEdit, type RecordSyncApi } from './record-sync';
import { withSyncLock } from './sync-lock';
import { useSyncStatusStore } from './sync-status';

type SyncApi = Pick<
  typeof apiClient,
  'listPlans' | 'getPlanTargets' | 'updateTarget' | 'importPlan' | 'listMeasures' | 'listProjects'
> &
  RecordSyncApi;

export interface SyncEngineOptions {
  api?: SyncApi;
  db?: LocalDatabase;
  now?: () => number;
  random?: () => number;
  isOnline?: () => boolean;
  withLock?: <T>(work: () => Promise<T>) => Promise<T | null>;
  /** How often to pull the server's changes while the app is open. */
  pullIntervalMs?: number;
  /** Who is signed in (null: nobody, nothing is sent). Edits are sent only under their own author's session. */
  signedInUserId?: () => string | null;
}

type PushOutcome = 'synced' | 'kept' | 'unreachable' | 'signInNeeded';

interface LaneResult {
  progressed: boolean;
  /** Why the round stopped early: the server could not be reached, or it no longer accepts the session. */
  stopped: 'unreachable' | 'signInNeeded' | null;
}

const signedInFromSession = () => {
  const { token, user } = useSessionStore.getState();
  return token && user ? user.id : null;
};

/** How many entities' queues are sent at the same time; browsers allow about six requests per host. */
const PARALLEL_LANES = 6;

const LAST_SYNC_KEY = 'lastSyncAt';

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Pushes the outbox to the server in order (one target's, measure's or project's edits one after another) and pulls the
 * server's changes into the local database. Offline or on 5xx it retries with capped, jittered
 * backoff, and at once when the browser comes back online or the tab regains focus.
 */
export function createSyncEngine(options: SyncEngineOptions = {}) {
  const api = options.api ?? { ...apiClient, ...recordsClient };
  const db = options.db ?? localDb;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const isOnline = options.isOnline ?? (() => typeof navigator === 'undefined' || navigator.onLine !== false);
  const withLock = options.withLock ?? withSyncLock;
  const pullIntervalMs = options.pullIntervalMs ?? 60_000;
  const signedInUserId = options.signedInUserId ?? signedInFromSession;
  // An edit made by someone else on this device waits until they sign in again: the server records the author.
  const sendableNow = (entry: AnyOutboxEntry) => !entry.authorId || entry.authorId === signedInUserId();

  let running: Promise<void> | null = null;
  let again: { force: boolean } | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let pullTimer: ReturnType<typeof setInterval> | null = null;
  const cleanups: (() => void)[] = [];
  let stopped = false;
  // The engine's own outbox writes must not start yet another round.
  let ownWrites = 0;
  async function own<T>(write: Promise<T>): Promise<T> {
    ownWrites += 1;
    try {
      return await write;
    } finally {
      ownWrites -= 1;
    }
  }

  async function send(entry: AnyOutboxEntry): Promise<PushOutcome> {
    try {
      if (isRecordEntry(entry)) {
        const { item, appliedVersion } = await sendRecordEdit(api, entry);
        await own(markRecordEditSynced(entry, item, appliedVersion, db));
        return 'synced';
      }
      if (entry.entity === 'planImport') {
        if (!entry.payload) throw new Error('The import has no plan data');
        await api.importPlan(entry.entityId, { editId: entry.id, data: entry.payload });
        await own(markImportSynced(entry, db));
        return 'synced';
      }
      const { target, appliedVersion } = await api.updateTarget(entry.entityId, {
        baseVersion: entry.baseVersion,
        editId: entry.id,
        changes: entry.changes,
      });
      await own(markEditSynced(entry, target, appliedVersion, db));
      return 'synced';
    } catch (error) {
      if (!(error instanceof ApiError)) {
        await own(markEditFailed(entry, errorMessage(error), db));
        return 'kept';
      }
      if (error.kind === 'unauthorized') return 'signInNeeded';
      if (error instanceof RecordConflictError && isRecordEntry(entry)) {
        await own(markRecordEditConflict(entry, error.currentRecord, db));
        return 'kept';
      }
      if (error.kind === 'conflict' && error.current && !isRecordEntry(entry)) {
        await own(markEditConflict(entry, error.current, db));
        return 'kept';
      }
      const transient =
        error.kind === 'network' || error.kind === 'invalidResponse' || error.status === null || error.status >= 500;
      if (transient) {
        // Safe to resend: the edit id makes the server apply it once even if this attempt got through.
        await own(markEditForRetry(entry, error.message, retryDelayMs(entry.attempts + 1, random), now(), db));
        return error.kind === 'network' ? 'unreachable' : 'kept';
      }
      const details = error.fieldErrors.map((fieldError) => `${fieldError.field}: ${fieldError.code}`).join(', ');
      await own(markEditFailed(entry, details ? `${error.message} (${details})` : error.message, db));
      return 'kept';
    }
  }

  /** Sends one entity's edits one after another until one is not accepted or none is due. */
  async function pushLane(lane: Lane, force: boolean): Promise<LaneResult> {
    let progressed = false;
    for (;;) {
      const head = await laneHead(db, lane);
      const due = head?.state === 'pending' && (force || head.nextAttemptAt <= now()) && sendableNow(head);
      if (!head || !due) return { progressed, stopped: null };
      const outcome = await send(head);
      if (outcome === 'unreachable' || outcome === 'signInNeeded') return { progressed, stopped: outcome };
      if (outcome !== 'synced') return { progressed, stopped: null };
      progressed = true;
    }
  }

  /** Pushes every entity's queue; different entities go in parallel, each one's edits in order. */
  async function pushAll(force: boolean): Promise<LaneResult> {
    const heads = headsOfQueues(await readAllEdits(db));
    let progressed = false;
    let stopped: LaneResult['stopped'] = null;
    // A new plan must exist on the server before edits of its targets can be sent.
    const plansNotCreated = new Set<string>();
    for (const entry of heads.filter((head) => head.entity === 'planImport')) {
      const result = await pushLane(entry, force);
      progressed ||= result.progressed;
      if (result.stopped) return { progressed, stopped: result.stopped };
      if (await laneHasEdits(db, entry)) plansNotCreated.add(entry.entityId);
    }
    const waiting: Lane[] = heads.filter(
      (head) => head.entity !== 'planImport' && !(head.entity === 'target' && plansNotCreated.has(head.planId)),
    );
    const lane = async () => {
      for (let next = waiting.shift(); next !== undefined && !stopped; next = waiting.shift()) {
        const result = await pushLane(next, force);
        progressed ||= result.progressed;
        stopped ??= result.stopped;
      }
    };
    await Promise.all(Array.from({ length: PARALLEL_LANES }, lane));
    return { progressed, stopped };
  }

  async function pull(): Promise<void> {
    const { plans } = await api.listPlans();
    await storeServerPlans(plans, db);
    for (const planId of await loadedPlanIds(db)) {
      try {
        await storeServerPlanData(await api.getPlanTargets(planId), db);
      } catch (error) {
        if (!(error instanceof ApiError && error.kind === 'notFound')) throw error;
      }
    }
    await pullCollections(api, db);
  }

  async function scheduleRetry(): Promise<void> {
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = null;
    if (stopped) return;
    const waiting = headsOfQueues(await readAllEdits(db)).filter((entry) => entry.state === 'pending' && sendableNow(entry));
    if (waiting.length === 0) return;
    const dueAt = Math.min(...waiting.map((entry) => entry.nextAttemptAt));
    retryTimer = setTimeout(() => void syncNow(), Math.max(0, dueAt - now()));
  }

  async function round(force: boolean): Promise<void> {
    if (!isOnline()) {
      useSyncStatusStore.setState({ lastError: 'offline' });
      return;
    }
    if (!signedInUserId()) {
      useSyncStatusStore.setState({ lastError: 'signInNeeded' });
      return;
    }
    useSyncStatusStore.setState({ syncing: true });
    try {
      const result = await pushAll(force);
      if (result.stopped) {
        useSyncStatusStore.setState({ lastError: result.stopped });
        return;
      }
      await pull();
      const syncedAt = new Date(now()).toISOString();
      await db.meta.put({ key: LAST_SYNC_KEY, value: syncedAt });
      useSyncStatusStore.setState({ lastSyncAt: syncedAt, lastError: null });
    } catch (error) {
      const signInNeeded = error instanceof ApiError && error.kind === 'unauthorized';
      useSyncStatusStore.setState({ lastError: signInNeeded ? 'signInNeeded' : errorMessage(error) });
    } finally {
      useSyncStatusStore.setState({ syncing: false });
      await scheduleRetry();
    }
  }

  /**
   * Runs one sync now (pushing even edits that are backing off when `force`), unless another tab holds
   * the sync lock. A call made while a round runs is folded into one more round after it.
   */
  function syncNow({ force = false }: { force?: boolean } = {}): Promise<void> {
    if (running) {
      again = { force: force || (again?.force ?? false) };
      return running;
    }
    running = (async () => {
      try {
        await withLock(() => round(force));
      } finally {
        running = null;
      }
      const next = again;
      again = null;
      // A stopped engine (the app closing, a test ending) runs no folded round: its page may already be gone.
      if (next && !stopped) await syncNow(next);
    })();
    return running;
  }

  return {
    syncNow,
    /** Starts syncing: now, on every new local edit, on reconnect and focus, and on an interval. */
    async start(): Promise<void> {
      stopped = false;
      const stored = await db.meta.get(LAST_SYNC_KEY);
      if (stored) useSyncStatusStore.setState({ lastSyncAt: stored.value });
      const forceSync = () => void syncNow({ force: true });
      const onVisible = () => {
        if (document.visibilityState === 'visible') forceSync();
      };
      window.addEventListener('online', forceSync);
      window.addEventListener('focus', forceSync);
      document.addEventListener('visibilitychange', onVisible);
      cleanups.push(
        () => window.removeEventListener('online', forceSync),
        () => window.removeEventListener('focus', forceSync),
        () => document.removeEventListener('visibilitychange', onVisible),
        onLocalChange((change) => {
          if (change === 'outbox' && ownWrites === 0) void syncNow();
        }),
      );
      pullTimer = setInterval(() => void syncNow(), pullIntervalMs);
      await syncNow({ force: true });
    },
    stop(): void {
      stopped = true;
      for (const cleanup of cleanups.splice(0)) cleanup();
      if (retryTimer) clearTimeout(retryTimer);
      if (pullTimer) clearInterval(pullTimer);
      retryTimer = null;
      pullTimer = null;
    },
  };
}

export type SyncEngine = ReturnType<typeof createSyncEngine>;
