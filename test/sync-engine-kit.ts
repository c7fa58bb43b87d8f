import { afterEach, vi } from 'vitest';
import { server } from '../mocks/node';
import type { Target, TargetChanges } from '../src/domain/target';
import { localDb, type OutboxEntry } from '../src/offline/db';
import { saveTargetEdit } from '../src/offline/save-target-edit';
import { createSyncEngine, type SyncEngine } from '../src/offline/sync-engine';
import { useSyncStatusStore } from '../src/offline/sync-status';

/**
 * Shared set-up of the sync engine's tests (split by topic into src/offline/sync-engine-*.test.ts): the test server's
 * request log, a wait that leaves the fake clock alone, an engine stopped after each test, and small helpers.
 */
export const PLAN_ID = 'vantaa-kasvatus-2021';
export const TARGET_ID = 'vantaa-2021-12-12';
export const OTHER_TARGET_ID = 'vantaa-2021-13-1';
export const AUTHOR = 'Katri Kalske';
export const START = new Date('2026-11-24T08:00:00.000Z').getTime();
export const half = () => 0.5;

const cleanups: (() => void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
  vi.useRealTimers();
});

/** Records every request the test server sees, with the body of each PATCH. */
export function recordRequests() {
  const requests: { method: string; path: string; body: Promise<string> }[] = [];
  const listener = ({ request }: { request: Request }) => {
    requests.push({ method: request.method, path: new URL(request.url).pathname, body: request.clone().text() });
  };
  server.events.on('request:start', listener);
  cleanups.push(() => server.events.removeListener('request:start', listener));
  return {
    all: requests,
    patches: () => requests.filter((request) => request.method === 'PATCH'),
    async patchedEditIds() {
      const bodies = await Promise.all(this.patches().map(async (patch) => JSON.parse(await patch.body) as { editId: string }));
      return bodies.map((body) => body.editId);
    },
  };
}

/**
 * Lets IndexedDB and the test server work until `check` holds. Unlike vi.waitFor it does not move
 * the fake clock, so a test can say exactly when a retry becomes due.
 */
export async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let turn = 0; turn < 2_000; turn += 1) {
    if (await check()) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  throw new Error(`Gave up waiting until ${what}`);
}

export const outboxIsEmpty = async () => (await localDb.outbox.count()) === 0;
export const idle = () => !useSyncStatusStore.getState().syncing;

/** An engine whose rounds are counted; it is stopped (and its last round awaited) after the test. */
export function engineUnderTest(options: { now?: () => number } = {}) {
  const counter = { rounds: 0 };
  const engine: SyncEngine = createSyncEngine({
    random: half,
    ...options,
    withLock: (work) => {
      counter.rounds += 1;
      return work();
    },
  });
  cleanups.push(async () => {
    engine.stop();
    await until(idle, 'the last round has finished');
  });
  return Object.assign(engine, { roundsStarted: () => counter.rounds });
}

export function useFakeClock() {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'], now: START });
}

export async function outboxEntry(id: string): Promise<OutboxEntry | undefined> {
  return (await localDb.outbox.where('id').equals(id).first()) as OutboxEntry | undefined;
}

export function edit(targetId: string, changes: TargetChanges) {
  return saveTargetEdit({ targetId, changes, author: AUTHOR });
}

export const editableOf = ({ version: _v, updatedAt: _a, updatedBy: _b, ...rest }: Target) => rest;
