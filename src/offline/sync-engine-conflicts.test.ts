import { describe, expect, it } from 'vitest';
import { colleagueEdit, testService, testStorage } from '../../mocks/node';
import type { Target } from '../domain/target';
import { localDb } from './db';
import { readOutbox, resolveConflict } from './outbox';
import { loadPlanData } from './read-through';
import { PLAN_ID, TARGET_ID, OTHER_TARGET_ID, recordRequests, engineUnderTest, outboxEntry, edit, editableOf } from '../../test/sync-engine-kit';

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
