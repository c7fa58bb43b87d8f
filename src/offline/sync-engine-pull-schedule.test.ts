import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { colleagueEdit, server, testFaults, testStorage } from '../../mocks/node';
import { apiRoutes } from '../api/contract';
import { localDb } from './db';
import { readOutbox } from './outbox';
import { loadPlanData } from './read-through';
import { createSyncEngine } from './sync-engine';
import { useSyncStatusStore } from './sync-status';
import { half, PLAN_ID, TARGET_ID, OTHER_TARGET_ID, START, recordRequests, until, outboxIsEmpty, engineUnderTest, useFakeClock, outboxEntry, edit } from '../../test/sync-engine-kit';

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

  it('runs no round asked for while one was running once it is stopped', async () => {
    await loadPlanData(PLAN_ID);
    await edit(TARGET_ID, { metricStatus: 'Sivu suljettiin kesken synkronoinnin.' });
    const engine = engineUnderTest();

    const running = engine.syncNow();
    void engine.syncNow({ force: true });
    engine.stop();
    await running;

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
