import { describe, expect, it } from 'vitest';
import { makeGoal, makePlan, makeTarget, makeTheme } from '../../test/factories';
import { toFieldErrors } from './field-errors';
import {
  activeOnly,
  canDeleteGoal,
  childrenOf,
  isCodeTaken,
  moveId,
  newTargetSchema,
  newThemeSchema,
  nextOrder,
  planSettingsErrors,
  planSettingsSchema,
  reorderErrors,
  reordered,
  suggestTargetCode,
  targetStructureChangesSchema,
  themeChangesSchema,
  withPlanSettings,
  withoutArchived,
} from './plan-structure';
import { targetChangesSchema } from './target';

const targets = [
  makeTarget({ id: 't-1', code: '12.1', goalId: 'goal-1', order: 1 }),
  makeTarget({ id: 't-2', code: '12.2', goalId: 'goal-1', order: 2, archived: true }),
  makeTarget({ id: 't-3', code: '13.1', goalId: 'goal-2', order: 1 }),
];
const data = {
  plan: makePlan(),
  themes: [makeTheme({ id: 'th-2', order: 2 }), makeTheme({ id: 'th-1', order: 1 })],
  goals: [makeGoal({ id: 'goal-1', themeId: 'th-1', order: 1 }), makeGoal({ id: 'goal-2', themeId: 'th-1', order: 2 })],
  targets,
};

describe('target codes', () => {
  it('is taken by any other target of the plan, an archived one too', () => {
    expect(isCodeTaken('12.1', targets)).toBe(true);
    expect(isCodeTaken('12.2', targets)).toBe(true);
    expect(isCodeTaken('12.3', targets)).toBe(false);
  });

  it('is not taken by the target itself when it keeps its code', () => {
    expect(isCodeTaken('12.1', targets, 't-1')).toBe(false);
    expect(isCodeTaken('13.1', targets, 't-1')).toBe(true);
  });

  it('must be numbers separated by dots, as a stored target code', () => {
    const parse = (code: string) => newTargetSchema.safeParse({ goalId: 'goal-1', code, title: 'Uusi' }).success;
    expect(parse('12.3')).toBe(true);
    expect(parse('7')).toBe(true);
    expect(parse('12.a')).toBe(false);
    expect(parse('12.')).toBe(false);
    expect(parse('')).toBe(false);
  });

  it('suggests the goal number with the next free sub-number', () => {
    expect(suggestTargetCode({ number: '12' }, targets)).toBe('12.3');
    expect(suggestTargetCode({ number: '14' }, targets)).toBe('14.1');
  });
});

describe('structure shapes', () => {
  it('requires a title and reports it per field', () => {
    const result = newThemeSchema.safeParse({ title: '   ' });
    expect(result.success).toBe(false);
    if (!result.success) expect(toFieldErrors(result.error)).toEqual([{ field: 'title', code: 'required' }]);
  });

  it('refuses structure changes that change nothing or touch progress fields', () => {
    expect(themeChangesSchema.safeParse({}).success).toBe(false);
    expect(targetStructureChangesSchema.safeParse({ status: 'fully' }).success).toBe(false);
    expect(targetStructureChangesSchema.safeParse({ archived: true }).success).toBe(true);
  });

  it('keeps archiving out of the progress edit', () => {
    expect(targetChangesSchema.safeParse({ archived: true }).success).toBe(false);
  });

  it('accepts update rules of whole positive days, or null for the default', () => {
    expect(planSettingsSchema.safeParse({ updateIntervalDays: 14, staleAfterDays: null }).success).toBe(true);
    expect(planSettingsSchema.safeParse({ updateIntervalDays: 0 }).success).toBe(false);
    expect(planSettingsSchema.safeParse({ updateIntervalDays: 1.5 }).success).toBe(false);
  });
});

describe('deleting a goal', () => {
  it('is allowed only while no target hangs under it, archived ones included', () => {
    expect(canDeleteGoal('goal-1', targets)).toBe(false);
    expect(canDeleteGoal('goal-1', targets.filter((target) => target.id !== 't-1'))).toBe(false);
    expect(canDeleteGoal('goal-9', targets)).toBe(true);
  });
});

describe('reordering', () => {
  it('lists the children of a parent in their order', () => {
    expect(childrenOf(data, 'plan', 'plan-1').map((theme) => theme.id)).toEqual(['th-1', 'th-2']);
    expect(childrenOf(data, 'plan', 'other-plan')).toEqual([]);
    expect(childrenOf(data, 'theme', 'th-1').map((goal) => goal.id)).toEqual(['goal-1', 'goal-2']);
    expect(childrenOf(data, 'goal', 'goal-1').map((target) => target.id)).toEqual(['t-1', 't-2']);
  });

  it('accepts every child exactly once, in any order', () => {
    expect(reorderErrors(['a', 'b', 'c'], ['c', 'a', 'b'])).toEqual([]);
  });

  it('refuses an id from another parent, a missing child or a repeated one', () => {
    const refused = [{ field: 'ids', code: 'invalidValue' }];
    expect(reorderErrors(['a', 'b'], ['a', 'x'])).toEqual(refused);
    expect(reorderErrors(['a', 'b'], ['b', 'a', 'x'])).toEqual(refused);
    expect(reorderErrors(['a', 'b'], ['a'])).toEqual(refused);
    expect(reorderErrors(['a', 'b'], ['a', 'a'])).toEqual(refused);
  });

  it('renumbers only the items whose place changed', () => {
    const items = [
      { id: 'a', order: 1 },
      { id: 'b', order: 2 },
      { id: 'c', order: 3 },
    ];
    expect(reordered(items, ['b', 'a', 'c'])).toEqual([
      { id: 'a', order: 2 },
      { id: 'b', order: 1 },
    ]);
  });

  it('moves an id one place up or down and stays put at either end', () => {
    expect(moveId(['a', 'b', 'c'], 'b', 'up')).toEqual(['b', 'a', 'c']);
    expect(moveId(['a', 'b', 'c'], 'b', 'down')).toEqual(['a', 'c', 'b']);
    expect(moveId(['a', 'b', 'c'], 'a', 'up')).toEqual(['a', 'b', 'c']);
    expect(moveId(['a', 'b', 'c'], 'c', 'down')).toEqual(['a', 'b', 'c']);
  });

  it('places a new item after its siblings', () => {
    expect(nextOrder([])).toBe(1);
    expect(nextOrder([{ order: 4 }, { order: 2 }])).toBe(5);
  });
});

describe('plan update rules', () => {
  it('applies new values and drops a setting set to null so the default applies', () => {
    const plan = makePlan({ updateIntervalDays: 14, staleAfterDays: 60 });
    const next = withPlanSettings(plan, { updateIntervalDays: null, staleAfterDays: 120 });
    expect(next.staleAfterDays).toBe(120);
    expect('updateIntervalDays' in next).toBe(false);
  });

  it('refuses a stale limit shorter than the update interval, defaults included', () => {
    expect(planSettingsErrors({ updateIntervalDays: 30, staleAfterDays: 20 })).toEqual([{ field: 'staleAfterDays', code: 'invalidValue' }]);
    expect(planSettingsErrors({ updateIntervalDays: 120 })).toEqual([{ field: 'staleAfterDays', code: 'invalidValue' }]);
    expect(planSettingsErrors({ updateIntervalDays: 30, staleAfterDays: 30 })).toEqual([]);
  });
});

describe('archived items', () => {
  it('leaves archived targets out of a list', () => {
    expect(activeOnly(targets).map((target) => target.id)).toEqual(['t-1', 't-3']);
  });

  it('leaves out archived themes and goals with everything under them', () => {
    const archivedGoal = withoutArchived({ ...data, goals: [{ ...data.goals[0]!, archived: true }, data.goals[1]!] });
    expect(archivedGoal.targets.map((target) => target.id)).toEqual(['t-3']);
    const archivedTheme = withoutArchived({ ...data, themes: [makeTheme({ id: 'th-1', archived: true })] });
    expect(archivedTheme.themes).toEqual([]);
    expect(archivedTheme.goals).toEqual([]);
    expect(archivedTheme.targets).toEqual([]);
  });
});
