import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { colleagueEdit, server, testFaults, testStorage } from '../../mocks/node';
import { apiRoutes } from '../api/contract';
import { localDb } from './db';
import { retryDelayMs } from './pending';
import { loadPlanData } from './read-through';
import { useSyncStatusStore } from './sync-status';
import { half, PLAN_ID, TARGET_ID, OTHER_TARGET_ID, START, recordRequests, until, outboxIsEmpty, idle, engineUnderTest, useFakeClock, outboxEntry, edit } from '../../test/sync-engine-kit';

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
