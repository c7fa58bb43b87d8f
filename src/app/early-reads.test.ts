import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { copyAsNewPlan } from '../../test/plan-copies';
import { planKeys, targetKeys } from '../api/query-keys';
import { storeServerPlanData } from '../offline/local-store';
import { startEarlyReads } from './early-reads';

describe('the early read of the page’s plan', () => {
  it('puts a plan stored on this device in the query cache before the first render', async () => {
    await storeServerPlanData(copyAsNewPlan('kopio-early'));
    const queryClient = new QueryClient();
    expect(await startEarlyReads(queryClient, '/plans/kopio-early/summary')).toBe(true);
    const cached = queryClient.getQueryData<{ plan: { id: string }; targets: unknown[] }>(targetKeys.list('kopio-early'));
    expect(cached?.plan.id).toBe('kopio-early');
    expect(cached?.targets).toHaveLength(8);
    // The plan switcher's list is there for the first render too.
    expect(queryClient.getQueryData<{ plans: { id: string }[] }>(planKeys.list())?.plans.map((plan) => plan.id)).toContain('kopio-early');
  });

  it('leaves a plan not stored here, and pages of no plan, to the page', async () => {
    const queryClient = new QueryClient();
    expect(await startEarlyReads(queryClient, '/plans/not-here')).toBe(false);
    expect(queryClient.getQueryData(targetKeys.list('not-here'))).toBeUndefined();
    expect(await startEarlyReads(queryClient, '/measures')).toBe(false);
    expect(await startEarlyReads(queryClient, '/')).toBe(false);
    expect(queryClient.getQueryCache().findAll({ queryKey: targetKeys.all })).toHaveLength(0);
  });
});
