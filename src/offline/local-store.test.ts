import { describe, expect, it } from 'vitest';
import { copyAsNewPlan } from '../../test/plan-copies';
import { countLocalTargets, loadedPlanIds, readLocalPlanData, storeServerPlanData, storeServerTarget } from './local-store';

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

  it('keeps in sync the plans opened here and those of which only a target was opened from a link', async () => {
    await storeServerPlanData(copyAsNewPlan('kopio-5'));
    const other = copyAsNewPlan('kopio-6');
    const target = other.targets[0]!;
    const goal = other.goals.find((candidate) => candidate.id === target.goalId)!;
    const theme = other.themes.find((candidate) => candidate.id === goal.themeId)!;
    await storeServerTarget({ target, goal, theme, plan: other.plan });
    expect((await loadedPlanIds()).sort()).toEqual(['kopio-5', 'kopio-6']);
  });

  it('counts a plan’s targets without reading them', async () => {
    expect(await countLocalTargets('kopio-3')).toBe(0);
    await storeServerPlanData(copyAsNewPlan('kopio-3'));
    await storeServerPlanData(copyAsNewPlan('kopio-4'));
    expect(await countLocalTargets('kopio-3')).toBe(8);
  });
});
