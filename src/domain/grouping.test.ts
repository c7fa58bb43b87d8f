import { describe, expect, it } from 'vitest';
import { compareTargetCodes, groupTargetsByThemeAndGoal } from './grouping';
import { makeGoal, makeTarget, makeTheme } from '../../test/factories';

describe('compareTargetCodes', () => {
  it('orders codes numerically part by part', () => {
    const codes = ['12.12', '12.4', '5.1', '12.3', '17.1', '13.1', '8.1'];
    expect([...codes].sort(compareTargetCodes)).toEqual(['5.1', '8.1', '12.3', '12.4', '12.12', '13.1', '17.1']);
  });
});

describe('groupTargetsByThemeAndGoal', () => {
  const themes = [makeTheme({ id: 'th-b', order: 2 }), makeTheme({ id: 'th-a', order: 1 })];
  const goals = [
    makeGoal({ id: 'g-12', themeId: 'th-b', number: '12', order: 2 }),
    makeGoal({ id: 'g-13', themeId: 'th-b', number: '13', order: 3 }),
    makeGoal({ id: 'g-5', themeId: 'th-a', number: '5', order: 1 }),
  ];

  it('puts targets under their goal and theme in plan order, codes sorted', () => {
    const targets = [
      makeTarget({ id: 't3', goalId: 'g-12', code: '12.12' }),
      makeTarget({ id: 't1', goalId: 'g-5', code: '5.1' }),
      makeTarget({ id: 't2', goalId: 'g-12', code: '12.4' }),
    ];
    const groups = groupTargetsByThemeAndGoal(themes, goals, targets);
    expect(groups.map((group) => group.theme.id)).toEqual(['th-a', 'th-b']);
    expect(groups[1]?.goals.map((goal) => goal.targets.map((target) => target.code))).toEqual([['12.4', '12.12']]);
  });

  it('leaves out themes and goals with no matching target', () => {
    const groups = groupTargetsByThemeAndGoal(themes, goals, [makeTarget({ goalId: 'g-13', code: '13.1' })]);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.goals.map((goal) => goal.goal.id)).toEqual(['g-13']);
  });
});
