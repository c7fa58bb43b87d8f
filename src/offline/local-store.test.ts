import { describe, expect, it } from 'vitest';
import { copyAsNewPlan } from '../../test/plan-copies';
import { countLocalTargets, readLocalPlanData, storeServerPlanData } from './local-store';

describe('the local copy of a plan', () => {
  it('is read whole in one go, and is null for a plan never loaded here', async () => {
    expect(await readLocalPlanData('kopio-1')).toBeNull();
    await storeServerPlanData(copyAsNewPlan('kopio-1'));
    const local = await readLocalPlanData('kopio-1');
    expect(local?.plan.id).toBe('kopio-1');
    const copy = copyAsNewPlan('kopio-1');
    expect([local?.themes.length, local?.goals.length, local?.targets.length]).toEqual([copy.themes.length, copy.goals.length, 8]);
    expect(await readLocalPlanData('kopio-2')).toBeNull();
  });

  it('counts a plan’s targets without reading them', async () => {
    expect(await countLocalTargets('kopio-3')).toBe(0);
    await storeServerPlanData(copyAsNewPlan('kopio-3'));
    await storeServerPlanData(copyAsNewPlan('kopio-4'));
    expect(await countLocalTargets('kopio-3')).toBe(8);
  });
});
