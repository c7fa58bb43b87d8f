import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { colleagueEdit, server, testFaults, testService, testStorage } from '../../mocks/node';
import { apiRoutes } from '../api/contract';
import type { Target, TargetChanges } from '../domain/target';
import { localDb, type OutboxEntry } from './db';
import { readOutbox, resolveConflict } from './outbox';
import { saveTargetEdit } from './save-target-edit';
import { retryDelayMs } from './pending';
import { loadPlanData } from './read-through';
import { createSyncEngine, type SyncEngine } from './sync-engine';
import { useSyncStatusStore } from './sync-status';

const PLAN_ID = 'vantaa-kasvatus-2021';
const TARGET_ID = 'vantaa-2021-12-12';
const OTHER_TARGET_ID = 'vantaa-2021-13-1';
const AUTHOR = 'Katri Kalske';
const START = new Date('2026-11-24T08:00:00.000Z').getTime();
const half = () => 0.5;

const cleanups: (() => void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
  vi.useRealTimers();
});

/** Records every request the test server sees, with the body of each PATCH. */
function recordRequests() {
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
async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let turn = 0; turn < 2_000; turn += 1) {
    if (await check()) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  throw new Error(`Gave up waiting until ${what}`);
}

const outboxIsEmpty = async () => (await localDb.outbox.count()) === 0;
const idle = () => !useSyncStatusStore.getState().syncing;

/** An engine whose rounds are counted; it is stopped (and its last round awaited) after the test. */
function engineUnderTest(options: { now?: () => number } = {}) {
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

function useFakeClock() {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'], now: START });
}

async function outboxEntry(id: string): Promise<OutboxEntry | undefined> {
  return (await localDb.outbox.where('id').equals(id).first()) as OutboxEntry | undefined;
}

function edit(targetId: string, changes: TargetChanges) {
  return saveTargetEdit({ targetId, changes, author: AUTHOR });
}

const editableOf = ({ version: _v, updatedAt: _a, updatedBy: _b, ...rest }: Target) => rest;

describe('sync engine: pushing edits', () => {
  it('applies the server’s new version and removes the entry when the server accepts the edit', async () => {
    await loadPlanData(PLAN_ID);
    await edit(TARGET_ID, { metricStatus: 'Keskeyttäneitä 450.', status: 'partially' });

    await engineUnderTest().syncNow();

    expect(await localDb.outbox.count()).toBe(0);
    const serverCopy = await testStorage.getTarget(TARGET_ID);
    expect(serverCopy).toMatchObject({ version: 2, metricStatus: 'Keskeyttäneitä 450.', status: 'partially' });
    expect(await localDb.targets.get(TARGET_ID)).toEqual(serverCopy);
    expect(await localDb.serverTargets.get(TARGET_ID)).toEqual(serverCopy);
    expect(useSyncStatusStore.getState()).toMatchObject({ syncing: false, lastError: null, lastSyncAt: expect.any(String) });
  });

  it('retries after a network error once the backoff has passed, and not before', async () => {
    useFakeClock();
    await loadPlanData(PLAN_ID);
    const entry = await edit(TARGET_ID, { metricStatus: 'Verkko katkesi.' });
    const requests = recordRequests();
    const engine = engineUnderTest();
    testFaults.failNext('networkError');

    await engine.syncNow();

    const delay = retryDelayMs(1, half);
    expect(delay).toBe(750);
    expect(await outboxEntry(entry.id)).toMatchObject({
      state: 'pending',
      attempts: 1,
      lastError: expect.any(String),
      nextAttemptAt: START + delay,
    });
    expect((await outboxEntry(entry.id))?.lastError).not.toBe('');
    expect(useSyncStatusStore.getState().lastError).toBe('unreachable');
    expect(requests.patches()).toHaveLength(1);

    // Asked again before it is due: the edit waits.
    await engine.syncNow();
    expect(requests.patches()).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(delay - 1);
    expect(requests.patches()).toHaveLength(1);

    await vi.advanceTimersByTimeAsync(1);
    await until(outboxIsEmpty, 'the outbox is empty');
    expect(requests.patches()).toHaveLength(2);
    expect(await testStorage.getTarget(TARGET_ID)).toMatchObject({ version: 2, metricStatus: 'Verkko katkesi.' });
  });

  it('retries after a server error with a backoff that grows each time', async () => {
    useFakeClock();
    await loadPlanData(PLAN_ID);
    const entry = await edit(TARGET_ID, { metricStatus: 'Palvelin ei vastannut.' });
    const requests = recordRequests();
    const engine = engineUnderTest();
    testFaults.failNext('serverError');

    await engine.syncNow();

    const firstDelay = retryDelayMs(1, half);
    expect(await outboxEntry(entry.id)).toMatchObject({
      state: 'pending',
      attempts: 1,
      lastError: 'Simuloitu palvelinvirhe.',
      nextAttemptAt: START + firstDelay,
    });
    // A 500 is not "offline": the rest of the round (the pull) still ran.
    expect(useSyncStatusStore.getState().lastError).toBeNull();

    testFaults.failNext('serverError');
    await vi.advanceTimersByTimeAsync(firstDelay);
    await until(async () => (await outboxEntry(entry.id))?.attempts === 2, 'the second attempt has failed');
    const secondDelay = retryDelayMs(2, half);
    expect(secondDelay).toBe(1500);
    expect((await outboxEntry(entry.id))?.nextAttemptAt).toBe(START + firstDelay + secondDelay);
    await until(idle, 'the round has finished');

    await vi.advanceTimersByTimeAsync(secondDelay - 1);
    expect(requests.patches()).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    await until(outboxIsEmpty, 'the outbox is empty');
    expect(requests.patches()).toHaveLength(3);
    expect(await testStorage.getTarget(TARGET_ID)).toMatchObject({ version: 2, metricStatus: 'Palvelin ei vastannut.' });
  });

  it('sends a backing-off edit at once when forced, as on reconnect or focus', async () => {
    let fakeNow = START;
    await loadPlanData(PLAN_ID);
    const entry = await edit(TARGET_ID, { metricStatus: 'Yhteys palasi.' });
    const engine = engineUnderTest({ now: () => fakeNow });
    testFaults.failNext('networkError');
    await engine.syncNow();
    expect((await outboxEntry(entry.id))?.nextAttemptAt).toBe(START + 750);

    fakeNow += 10;
    await engine.syncNow();
    expect(await localDb.outbox.count()).toBe(1);

    await engine.syncNow({ force: true });

    expect(await localDb.outbox.count()).toBe(0);
    expect(await testStorage.getTarget(TARGET_ID)).toMatchObject({ version: 2, metricStatus: 'Yhteys palasi.' });
  });

  it('applies an edit once when the answer was lost and the edit is sent again', async () => {
    await loadPlanData(PLAN_ID);
    const entry = await edit(TARGET_ID, { metricStatus: 'Vastaus katosi matkalla.' });
    const requests = recordRequests();
    const engine = engineUnderTest();
    testFaults.failNext('lostResponse');

    await engine.syncNow();

    // The server applied it, but the client could not know: it keeps the edit for a retry.
    expect(await testStorage.getTarget(TARGET_ID)).toMatchObject({ version: 2, metricStatus: 'Vastaus katosi matkalla.' });
    expect(await outboxEntry(entry.id)).toMatchObject({ state: 'pending', attempts: 1, lastError: expect.any(String) });

    await engine.syncNow({ force: true });

    expect(await requests.patchedEditIds()).toEqual([entry.id, entry.id]);
    expect(await localDb.outbox.count()).toBe(0);
    const serverCopy = await testStorage.getTarget(TARGET_ID);
    expect(serverCopy).toMatchObject({ version: 2, metricStatus: 'Vastaus katosi matkalla.' });
    expect(await localDb.targets.get(TARGET_ID)).toEqual(serverCopy);
  });

  it('does not overwrite a colleague’s change that arrived while an answer was lost', async () => {
    await loadPlanData(PLAN_ID);
    const first = await edit(TARGET_ID, { metricStatus: 'Minun tilanteeni.' });
    const second = await edit(TARGET_ID, { status: 'partially' });
    const engine = engineUnderTest();
    testFaults.failNext('lostResponse');
    await engine.syncNow();
    // The first edit reached the server (version 2); then a colleague changed the status (version 3).
    await colleagueEdit(TARGET_ID, { status: 'fully' }, 'Kollega Kolmonen');

    await engine.syncNow({ force: true });

    // My second edit was made on version 2 and never saw the colleague's status: I must be asked.
    expect(await outboxEntry(first.id)).toBeUndefined();
    expect(await outboxEntry(second.id)).toMatchObject({
      state: 'conflict',
      changes: { status: 'partially' },
      theirs: { version: 3, status: 'fully', updatedBy: 'Kollega Kolmonen' },
    });
    expect(await testStorage.getTarget(TARGET_ID)).toMatchObject({
      version: 3,
      metricStatus: 'Minun tilanteeni.',
      status: 'fully',
      updatedBy: 'Kollega Kolmonen',
    });
  });

  it('marks an edit the server refuses as invalid (422) failed, keeps its text and does not retry it by itself', async () => {
    useFakeClock();
    await loadPlanData(PLAN_ID);
    const entry = await edit(TARGET_ID, { metricStatus: 'Kelvollinen teksti.' });
    // saveTargetEdit validates, so the invalid text is put straight into the outbox row.
    const tooLong = 'x'.repeat(10_001);
    await localDb.outbox.where('id').equals(entry.id).modify({ changes: { metricStatus: tooLong } });
    const requests = recordRequests();
    const engine = engineUnderTest();

    await engine.syncNow();

    const failed = await outboxEntry(entry.id);
    expect(failed).toMatchObject({ state: 'failed', attempts: 1, changes: { metricStatus: tooLong } });
    expect(failed?.lastError).toContain('Tallennettavat tiedot eivät kelpaa. Korjaa merkityt kentät.');
    expect(failed?.lastError).toContain('metricStatus: tooLong');
    expect((await testStorage.getTarget(TARGET_ID))?.version).toBe(1);

    await vi.advanceTimersByTimeAsync(10 * 60_000);
    await engine.syncNow();
    expect(requests.patches()).toHaveLength(1);
    expect((await outboxEntry(entry.id))?.state).toBe('failed');
  });

  it('marks an edit the server forbids (403) failed with the server’s message', async () => {
    await loadPlanData(PLAN_ID);
    const entry = await edit(TARGET_ID, { status: 'fully' });
    server.use(http.patch(apiRoutes.target, () => HttpResponse.json({ error: 'forbidden', message: 'Ei oikeutta' }, { status: 403 })));
    const requests = recordRequests();
    const engine = engineUnderTest();

    await engine.syncNow();
    await engine.syncNow();

    expect(await outboxEntry(entry.id)).toMatchObject({ state: 'failed', attempts: 1, lastError: 'Ei oikeutta', changes: { status: 'fully' } });
    expect(requests.patches()).toHaveLength(1);
    expect((await localDb.targets.get(TARGET_ID))?.status).toBe('fully');
  });

  it('marks an edit the server calls a bad request (400) failed', async () => {
    await loadPlanData(PLAN_ID);
    const entry = await edit(TARGET_ID, { status: 'fully' });
    server.use(
      http.patch(apiRoutes.target, () => HttpResponse.json({ error: 'badRequest', message: 'Pyyntö ei kelpaa.' }, { status: 400 })),
    );

    await engineUnderTest().syncNow();

    expect(await outboxEntry(entry.id)).toMatchObject({ state: 'failed', lastError: 'Pyyntö ei kelpaa.' });
  });

  it('sends each edit exactly once when two syncs are asked for at the same time', async () => {
    await loadPlanData(PLAN_ID);
    const first = await edit(TARGET_ID, { metricStatus: 'Ensimmäinen.' });
    const second = await edit(OTHER_TARGET_ID, { metricStatus: 'Toinen.' });
    const requests = recordRequests();
    const engine = engineUnderTest();

    await Promise.all([engine.syncNow(), engine.syncNow({ force: true }), engine.syncNow()]);

    expect((await requests.patchedEditIds()).sort()).toEqual([first.id, second.id].sort());
    expect(await localDb.outbox.count()).toBe(0);
    expect((await testStorage.getTarget(TARGET_ID))?.version).toBe(2);
    expect((await testStorage.getTarget(OTHER_TARGET_ID))?.version).toBe(2);
  });
});

describe('sync engine: conflicts', () => {
  async function conflictOnTarget() {
    await loadPlanData(PLAN_ID);
    const mine = await edit(TARGET_ID, { metricStatus: 'Minun tilanteeni.', status: 'partially' });
    const other = await edit(OTHER_TARGET_ID, { metricStatus: 'Toisen tavoitteen muutos.' });
    await colleagueEdit(TARGET_ID, { metricStatus: 'Kollegan tilanne.', status: 'fully' }, 'Kollega Kolmonen');
    const engine = engineUnderTest();
    await engine.syncNow();
    return { mine, other, engine };
  }

  it('keeps both versions on a 409 and still shows my edit', async () => {
    const { mine } = await conflictOnTarget();

    const conflict = await outboxEntry(mine.id);
    expect(conflict).toMatchObject({
      state: 'conflict',
      attempts: 1,
      lastError: null,
      changes: { metricStatus: 'Minun tilanteeni.', status: 'partially' },
      theirs: {
        id: TARGET_ID,
        version: 2,
        metricStatus: 'Kollegan tilanne.',
        status: 'fully',
        updatedBy: 'Kollega Kolmonen',
        updatedAt: '2026-11-23T09:00:00.000Z',
      },
    });
    expect(await localDb.targets.get(TARGET_ID)).toMatchObject({ metricStatus: 'Minun tilanteeni.', status: 'partially' });
    // The server keeps the colleague's version until I choose.
    expect(await testStorage.getTarget(TARGET_ID)).toMatchObject({ version: 2, metricStatus: 'Kollegan tilanne.' });
  });

  it('shows my conflicting edit on top of the colleague’s copy, with their other changes', async () => {
    await loadPlanData(PLAN_ID);
    await edit(TARGET_ID, { metricStatus: 'Minun tilanteeni.' });
    await colleagueEdit(TARGET_ID, { metricStatus: 'Kollegan tilanne.', keyActions: 'Kollegan toimenpiteet.' }, 'Kollega Kolmonen');

    await engineUnderTest().syncNow();

    const theirs = await localDb.serverTargets.get(TARGET_ID);
    expect(theirs).toMatchObject({ version: 2, keyActions: 'Kollegan toimenpiteet.' });
    // What the user sees is always the last server copy with the unsynced edits laid over it.
    expect(await localDb.targets.get(TARGET_ID)).toEqual({ ...theirs, metricStatus: 'Minun tilanteeni.' });
  });

  it('does not let a conflict block the edits of other targets', async () => {
    const { other } = await conflictOnTarget();

    expect(await outboxEntry(other.id)).toBeUndefined();
    expect(await testStorage.getTarget(OTHER_TARGET_ID)).toMatchObject({ version: 2, metricStatus: 'Toisen tavoitteen muutos.' });
    expect((await readOutbox()).map((entry) => entry.state)).toEqual(['conflict']);
  });

  it('leaves the server holding exactly the chosen fields after a field-by-field resolution', async () => {
    const { mine, engine } = await conflictOnTarget();
    const theirs = (await outboxEntry(mine.id))?.theirs;
    if (!theirs) throw new Error('Expected a conflict');

    await resolveConflict(mine.id, { metricStatus: 'mine', status: 'theirs' });

    const [resolution] = await readOutbox();
    expect(resolution).toMatchObject({
      seq: mine.seq,
      entityId: TARGET_ID,
      state: 'pending',
      baseVersion: 2,
      changes: { metricStatus: 'Minun tilanteeni.' },
      attempts: 0,
      theirs: null,
    });
    expect(resolution?.id).not.toBe(mine.id);
    expect(resolution?.changes).not.toHaveProperty('status');
    expect(await localDb.targets.get(TARGET_ID)).toMatchObject({ metricStatus: 'Minun tilanteeni.', status: 'fully' });

    await engine.syncNow();

    expect(await localDb.outbox.count()).toBe(0);
    const serverCopy = await testService.getTarget(TARGET_ID);
    const result = (serverCopy.body as { target: Target }).target;
    expect(result.version).toBe(3);
    expect(editableOf(result)).toEqual(editableOf({ ...theirs, metricStatus: 'Minun tilanteeni.' }));
    expect(await localDb.targets.get(TARGET_ID)).toEqual(result);
  });

  it('sends nothing when every field of a conflict is resolved as theirs', async () => {
    const { mine, engine } = await conflictOnTarget();
    const requests = recordRequests();

    await resolveConflict(mine.id, { metricStatus: 'theirs', status: 'theirs' });
    await engine.syncNow();

    expect(requests.patches()).toHaveLength(0);
    expect(await localDb.outbox.count()).toBe(0);
    expect(await localDb.targets.get(TARGET_ID)).toMatchObject({ version: 2, metricStatus: 'Kollegan tilanne.', status: 'fully' });
  });
});

describe('sync engine: pulling the server’s changes', () => {
  it('stores a colleague’s change into the local copy', async () => {
    await loadPlanData(PLAN_ID);
    await colleagueEdit(OTHER_TARGET_ID, { metricStatus: 'Kollega päivitti.' }, 'Kollega Kolmonen');

    await engineUnderTest().syncNow();

    const serverCopy = await testStorage.getTarget(OTHER_TARGET_ID);
    expect(serverCopy).toMatchObject({ version: 2, metricStatus: 'Kollega päivitti.', updatedBy: 'Kollega Kolmonen' });
    expect(await localDb.targets.get(OTHER_TARGET_ID)).toEqual(serverCopy);
    expect(await localDb.serverTargets.get(OTHER_TARGET_ID)).toEqual(serverCopy);
  });

  it('keeps showing a pending edit on top of a newer server copy', async () => {
    let fakeNow = START;
    await loadPlanData(PLAN_ID);
    const entry = await edit(TARGET_ID, { metricStatus: 'Minun keskeneräinen muutokseni.' });
    const engine = engineUnderTest({ now: () => fakeNow });
    // The edit is backing off, so this round only pulls.
    testFaults.failNext('networkError');
    await engine.syncNow();
    await colleagueEdit(TARGET_ID, { status: 'fully', keyActions: 'Kollegan toimenpiteet.' }, 'Kollega Kolmonen');
    fakeNow += 10;

    await engine.syncNow();

    expect(await outboxEntry(entry.id)).toMatchObject({ state: 'pending', attempts: 1 });
    expect(await localDb.serverTargets.get(TARGET_ID)).toMatchObject({
      version: 2,
      status: 'fully',
      metricStatus: expect.not.stringContaining('Minun'),
    });
    expect(await localDb.targets.get(TARGET_ID)).toMatchObject({
      version: 2,
      status: 'fully',
      keyActions: 'Kollegan toimenpiteet.',
      metricStatus: 'Minun keskeneräinen muutokseni.',
    });
  });
});

describe('sync engine: scheduling', () => {
  it('does nothing while the browser is offline and keeps the edit', async () => {
    await loadPlanData(PLAN_ID);
    const entry = await edit(TARGET_ID, { metricStatus: 'Kirjoitettu junassa.' });
    const requests = recordRequests();

    await createSyncEngine({ random: half, isOnline: () => false }).syncNow({ force: true });

    expect(requests.all).toHaveLength(0);
    expect(await outboxEntry(entry.id)).toMatchObject({ state: 'pending', attempts: 0 });
    expect(useSyncStatusStore.getState().lastError).toBe('offline');
  });

  it('sends a new edit as soon as it is saved once the engine has started', async () => {
    await loadPlanData(PLAN_ID);
    const engine = engineUnderTest();
    await engine.start();

    await edit(TARGET_ID, { metricStatus: 'Lähtee heti.' });

    await until(outboxIsEmpty, 'the new edit has been sent');
    expect(await testStorage.getTarget(TARGET_ID)).toMatchObject({ version: 2, metricStatus: 'Lähtee heti.' });
  });

  it.each(['online', 'focus'])('sends a backing-off edit at once on the window’s %s event', async (eventName) => {
    useFakeClock();
    await loadPlanData(PLAN_ID);
    const entry = await edit(TARGET_ID, { metricStatus: 'Takaisin verkossa.' });
    const engine = engineUnderTest();
    testFaults.failNext('networkError');
    await engine.start();
    expect((await outboxEntry(entry.id))?.nextAttemptAt).toBe(START + 750);

    window.dispatchEvent(new Event(eventName));

    await until(outboxIsEmpty, 'the edit has been sent');
    expect(Date.now()).toBe(START);
    expect(await testStorage.getTarget(TARGET_ID)).toMatchObject({ version: 2, metricStatus: 'Takaisin verkossa.' });
  });

  it('schedules no more retries after it is stopped, even when a round was still running', async () => {
    useFakeClock();
    await loadPlanData(PLAN_ID);
    await edit(TARGET_ID, { metricStatus: 'Sovellus suljettiin.' });
    const engine = engineUnderTest();
    testFaults.failNext('networkError');

    const running = engine.syncNow();
    engine.stop();
    await running;
    await vi.advanceTimersByTimeAsync(60_000);

    expect(engine.roundsStarted()).toBe(1);
  });

  it('waits for the backoff of an earlier edit of the same target instead of starting rounds at once', async () => {
    useFakeClock();
    await loadPlanData(PLAN_ID);
    const first = await edit(TARGET_ID, { metricStatus: 'Ensimmäinen.' });
    const second = await edit(TARGET_ID, { status: 'partially' });
    const engine = engineUnderTest();
    testFaults.failNext('networkError');

    await engine.syncNow();
    expect(engine.roundsStarted()).toBe(1);
    expect((await outboxEntry(first.id))?.nextAttemptAt).toBe(START + 750);

    // The second edit cannot go before the first, so nothing is due until the first one's backoff ends.
    await vi.advanceTimersByTimeAsync(100);
    expect(engine.roundsStarted()).toBe(1);

    await vi.advanceTimersByTimeAsync(650);
    await until(outboxIsEmpty, 'the outbox is empty');
    expect(await outboxEntry(second.id)).toBeUndefined();
    expect(await testStorage.getTarget(TARGET_ID)).toMatchObject({ version: 3, metricStatus: 'Ensimmäinen.', status: 'partially' });
  });

  it('does not start rounds for an edit that waits behind a conflict of the same target', async () => {
    useFakeClock();
    await loadPlanData(PLAN_ID);
    await edit(TARGET_ID, { metricStatus: 'Minun.' });
    await colleagueEdit(TARGET_ID, { metricStatus: 'Kollegan.' }, 'Kollega Kolmonen');
    const engine = engineUnderTest();
    await engine.syncNow();
    expect((await readOutbox()).map((entry) => entry.state)).toEqual(['conflict']);
    await edit(TARGET_ID, { status: 'fully' });
    const roundsBefore = engine.roundsStarted();

    await engine.syncNow();
    await vi.advanceTimersByTimeAsync(1_000);

    // Only the round asked for: nothing can be sent until the conflict is resolved.
    expect(engine.roundsStarted()).toBe(roundsBefore + 1);
  });

  it('does not start rounds for an edit that waits behind a failed edit of the same target', async () => {
    useFakeClock();
    await loadPlanData(PLAN_ID);
    const first = await edit(TARGET_ID, { metricStatus: 'Ensimmäinen.' });
    await edit(TARGET_ID, { status: 'fully' });
    server.use(
      http.patch(apiRoutes.target, () => HttpResponse.json({ error: 'forbidden', message: 'Ei oikeutta' }, { status: 403 }), {
        once: true,
      }),
    );
    const engine = engineUnderTest();

    await engine.syncNow();
    expect((await outboxEntry(first.id))?.state).toBe('failed');
    await vi.advanceTimersByTimeAsync(1_000);

    expect(engine.roundsStarted()).toBe(1);
  });
});
