import { describe, expect, it } from 'vitest';
import { server, testStorage } from '../../mocks/node';
import { vantaa2021 } from '../../mocks/seed/vantaa-2021';
import { localDb } from './db';
import { discardEdit, readOutbox } from './outbox';
import { saveTargetEdit } from './save-target-edit';
import { importPlan } from './plan-import';
import { loadPlanData } from './read-through';
import { createSyncEngine } from './sync-engine';
import { copyAsNewPlan } from '../../test/plan-copies';

describe('importing a plan', () => {
  it('shows the imported plan at once, offline, and queues it as one edit', async () => {
    const requests: string[] = [];
    server.events.on('request:start', ({ request }) => requests.push(request.url));
    await importPlan(copyAsNewPlan('tuotu-1'), 'Katri Kalske');
    expect(requests).toEqual([]);
    const local = await loadPlanData('tuotu-1');
    expect(local.targets).toHaveLength(8);
    expect(await readOutbox()).toMatchObject([{ entity: 'planImport', entityId: 'tuotu-1', state: 'pending' }]);
    server.events.removeAllListeners();
  });

  it('creates the plan on the server once, also when the answer was lost', async () => {
    await importPlan(copyAsNewPlan('tuotu-2'), 'Katri Kalske');
    const { testFaults } = await import('../../mocks/node');
    testFaults.failNext('lostResponse');
    const engine = createSyncEngine({ random: () => 0.5 });
    await engine.syncNow();
    await engine.syncNow({ force: true });
    expect(await localDb.outbox.count()).toBe(0);
    expect(await testStorage.listTargets('tuotu-2')).toHaveLength(8);
    expect((await testStorage.listPlans()).filter((plan) => plan.id === 'tuotu-2')).toHaveLength(1);
  });

  it('sends edits of the imported plan’s targets only after the plan exists on the server', async () => {
    await importPlan(copyAsNewPlan('tuotu-3'), 'Katri Kalske');
    await saveTargetEdit({ targetId: 'tuotu-3-vantaa-2021-12-12', changes: { status: 'partially' }, author: 'Katri Kalske' });
    await createSyncEngine({ random: () => 0.5 }).syncNow();
    expect(await localDb.outbox.count()).toBe(0);
    expect(await testStorage.getTarget('tuotu-3-vantaa-2021-12-12')).toMatchObject({ status: 'partially', version: 2 });
  });

  it('refuses to create a plan whose id is taken, keeping the import as failed', async () => {
    await importPlan({ ...copyAsNewPlan('vantaa-kasvatus-2021-kopio'), plan: { ...vantaa2021.plan, id: 'vantaa-kasvatus-2021-kopio' } }, 'A');
    await testStorage.addPlan(copyAsNewPlan('vantaa-kasvatus-2021-kopio'));
    await createSyncEngine({ random: () => 0.5 }).syncNow();
    expect(await readOutbox()).toMatchObject([{ entity: 'planImport', state: 'failed' }]);
  });

  it('takes the whole local plan away when a pending import is discarded', async () => {
    await importPlan(copyAsNewPlan('tuotu-4'), 'Katri Kalske');
    const [entry] = await readOutbox();
    await discardEdit(entry!.id);
    expect(await localDb.plans.get('tuotu-4')).toBeUndefined();
    expect(await localDb.targets.where('planId').equals('tuotu-4').count()).toBe(0);
    expect(await readOutbox()).toEqual([]);
  });
});
