import { afterEach, describe, expect, it, vi } from 'vitest';
import { server, testStorage } from '../../mocks/node';
import type { TargetChanges } from '../domain/target';
import { LOCAL_DATABASE_NAME, LocalDatabase, localDb } from './db';
import { EditValidationError, StorageFullError } from './errors';
import { discardEdit, readOutbox } from './outbox';
import { saveTargetEdit } from './save-target-edit';
import { loadPlanData } from './read-through';
import { createSyncEngine } from './sync-engine';

const PLAN_ID = 'vantaa-kasvatus-2021';
const TARGET_ID = 'vantaa-2021-12-12';
const AUTHOR = 'Katri Kalske';

/** Records every request the test server sees, so a test can tell whether the network was touched. */
function recordRequests() {
  const requests: { method: string; path: string; body: Promise<string> }[] = [];
  const listener = ({ request }: { request: Request }) => {
    requests.push({ method: request.method, path: new URL(request.url).pathname, body: request.clone().text() });
  };
  server.events.on('request:start', listener);
  cleanups.push(() => server.events.removeListener('request:start', listener));
  return requests;
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

async function loadVantaaPlan() {
  await loadPlanData(PLAN_ID);
}

function edit(changes: TargetChanges) {
  return saveTargetEdit({ targetId: TARGET_ID, changes, author: AUTHOR });
}

describe('saving an edit locally', () => {
  it('writes the target and its outbox entry before any network call', async () => {
    await loadVantaaPlan();
    const requests = recordRequests();

    const entry = await edit({ metricStatus: 'Keskeyttäneitä 450 (2022).', status: 'partially' });

    expect(requests).toHaveLength(0);
    const [stored] = await readOutbox();
    expect(stored).toEqual({
      seq: expect.any(Number),
      id: expect.any(String),
      entity: 'target',
      entityId: TARGET_ID,
      planId: PLAN_ID,
      baseVersion: 1,
      changes: { metricStatus: 'Keskeyttäneitä 450 (2022).', status: 'partially' },
      createdAt: expect.any(String),
      author: AUTHOR,
      attempts: 0,
      lastError: null,
      state: 'pending',
      nextAttemptAt: 0,
      theirs: null,
    });
    expect(stored?.id).toBe(entry.id);
    expect(Number.isNaN(Date.parse(stored?.createdAt ?? ''))).toBe(false);
    expect(await localDb.targets.get(TARGET_ID)).toMatchObject({
      metricStatus: 'Keskeyttäneitä 450 (2022).',
      status: 'partially',
      version: 1,
    });
    // The server has not heard of it yet.
    expect((await testStorage.getTarget(TARGET_ID))?.status).toBe('notAtAll');
  });

  it('keeps an offline edit after the app is closed and opened again', async () => {
    await loadVantaaPlan();
    const entry = await edit({ metricStatus: 'Tallennettu ennen kaatumista.' });

    // "Crash": the connection goes away; a fresh start opens the same database anew.
    localDb.close({ disableAutoOpen: false });
    const reopened = new LocalDatabase(LOCAL_DATABASE_NAME);
    try {
      const outbox = await readOutbox(reopened);
      expect(outbox).toHaveLength(1);
      expect(outbox[0]).toMatchObject({ id: entry.id, state: 'pending', changes: { metricStatus: 'Tallennettu ennen kaatumista.' } });
      expect((await reopened.targets.get(TARGET_ID))?.metricStatus).toBe('Tallennettu ennen kaatumista.');
      expect((await reopened.serverTargets.get(TARGET_ID))?.metricStatus).not.toBe('Tallennettu ennen kaatumista.');
    } finally {
      reopened.close();
    }
  });

  it('refuses a status text longer than 10 000 characters and stores nothing', async () => {
    await loadVantaaPlan();
    const before = await localDb.targets.get(TARGET_ID);

    const saving = edit({ metricStatus: 'x'.repeat(10_001) });

    await expect(saving).rejects.toBeInstanceOf(EditValidationError);
    await expect(saving).rejects.toMatchObject({ fieldErrors: [{ field: 'metricStatus', code: 'tooLong', limit: 10_000 }] });
    expect(await localDb.outbox.count()).toBe(0);
    expect(await localDb.targets.get(TARGET_ID)).toEqual(before);
  });

  it('refuses an unknown status and stores nothing', async () => {
    await loadVantaaPlan();
    const before = await localDb.targets.get(TARGET_ID);

    const saving = edit({ status: 'maybe' } as unknown as TargetChanges);

    await expect(saving).rejects.toBeInstanceOf(EditValidationError);
    await expect(saving).rejects.toMatchObject({ fieldErrors: [{ field: 'status', code: 'invalidValue' }] });
    expect(await localDb.outbox.count()).toBe(0);
    expect(await localDb.targets.get(TARGET_ID)).toEqual(before);
  });

  it('reports a full disk as StorageFullError and leaves neither the entry nor the target change behind', async () => {
    await loadVantaaPlan();
    const before = await localDb.targets.get(TARGET_ID);
    vi.spyOn(localDb.outbox, 'add').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));

    const saving = edit({ metricStatus: 'Ei mahdu levylle.' });

    await expect(saving).rejects.toBeInstanceOf(StorageFullError);
    vi.restoreAllMocks();
    expect(await localDb.outbox.count()).toBe(0);
    expect(await localDb.targets.get(TARGET_ID)).toEqual(before);
  });

  it('stores no outbox entry when writing the changed target fails half way', async () => {
    await loadVantaaPlan();
    const before = await localDb.targets.get(TARGET_ID);
    vi.spyOn(localDb.targets, 'put').mockRejectedValue(new Error('Simulated crash while writing'));

    await expect(edit({ metricStatus: 'Puolikas tallennus.' })).rejects.toThrow('Simulated crash while writing');
    vi.restoreAllMocks();

    // One transaction: the entry added before the failure was rolled back with it.
    expect(await localDb.outbox.count()).toBe(0);
    expect(await localDb.targets.get(TARGET_ID)).toEqual(before);
  });
});

describe('discarding and queueing edits', () => {
  it('shows the server copy again when an edit is discarded', async () => {
    await loadVantaaPlan();
    const serverCopy = await localDb.serverTargets.get(TARGET_ID);
    const entry = await edit({ metricStatus: 'Hylätään tämä.', status: 'fully' });

    await discardEdit(entry.id);

    expect(await localDb.outbox.count()).toBe(0);
    expect(await localDb.targets.get(TARGET_ID)).toEqual(serverCopy);
  });

  it('queues a second edit of the same target behind the first and sends both in order', async () => {
    await loadVantaaPlan();
    const first = await edit({ metricStatus: 'Ensimmäinen muutos.' });
    const second = await edit({ status: 'partially' });
    expect((await readOutbox()).map((entry) => entry.id)).toEqual([first.id, second.id]);
    expect(await localDb.targets.get(TARGET_ID)).toMatchObject({ metricStatus: 'Ensimmäinen muutos.', status: 'partially' });
    const requests = recordRequests();

    await createSyncEngine({ random: () => 0.5 }).syncNow();

    const patches = requests.filter((request) => request.method === 'PATCH');
    const bodies = await Promise.all(patches.map(async (patch) => JSON.parse(await patch.body) as unknown));
    expect(bodies).toMatchObject([
      { editId: first.id, baseVersion: 1 },
      { editId: second.id, baseVersion: 2 },
    ]);
    expect(await testStorage.getTarget(TARGET_ID)).toMatchObject({
      version: 3,
      metricStatus: 'Ensimmäinen muutos.',
      status: 'partially',
    });
    expect(await localDb.outbox.count()).toBe(0);
    expect(await localDb.targets.get(TARGET_ID)).toMatchObject({ version: 3, metricStatus: 'Ensimmäinen muutos.', status: 'partially' });
  });
});
