import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { openIndexedDbStorage } from './server-db';
import { vantaa2021 } from './seed/vantaa-2021';
import { demoUsers } from './seed/users';

describe('the demo server’s IndexedDB store', () => {
  it('makes its seed plans only for an empty database, not on every page load', async () => {
    const seedPlans = vi.fn(() => [vantaa2021]);
    const first = await openIndexedDbStorage('server-db-test-seed-once', seedPlans, {}, demoUsers);
    expect(seedPlans).toHaveBeenCalledTimes(1);
    expect((await first.listTargets(vantaa2021.plan.id)).length).toBe(vantaa2021.targets.length);

    const again = await openIndexedDbStorage('server-db-test-seed-once', seedPlans, {}, demoUsers);
    expect(seedPlans).toHaveBeenCalledTimes(1);
    expect((await again.listPlans()).map((plan) => plan.id)).toEqual([vantaa2021.plan.id]);
    expect((await again.listUsers()).length).toBe(demoUsers.length);
  });
});
