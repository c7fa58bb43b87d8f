import { describe, expect, it } from 'vitest';
import { compareTargetCodes, groupTargetsByThemeAndGoal, listRowsOf } from './grouping';
import { makeGoal, makeTarget, makeTheme } from '../../test/factories';

describe('compareTargetCodes', () => {
  it('orders codes numerically part by part', () => {
    const codes = ['12.12', '12.4', '5.1', '12.3', '17.1', '13.1', '8.1'];
    expect([...codes].sort(compareTargetCodes)).toEqual(['5.1', '8.1', '12.3', '12.4', '12.12', '13.1', '17.1']);
  });

  it('puts a code with fewer parts first and reads leading zeros as numbers', () => {
    expect(['12.1.2', '12.1', '12', '3.10', '3.09'].sort(compareTargetCodes)).toEqual(['3.09', '3.10', '12', '12.1', '12.1.2']);
    expect(compareTargetCodes('12.04', '12.4')).toBe(0);
  });

  it('still orders codes that hold something other than digits and dots', () => {
    expect(compareTargetCodes('2.1', '10.x')).toBeLessThan(0);
    expect(compareTargetCodes(' 7.1', '7.2')).toBeLessThan(0);
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

describe('listRowsOf', () => {
  const theme = makeTheme({ id: 'th-a', order: 1 });
  const goal5 = makeGoal({ id: 'g-5', themeId: 'th-a', number: '5', order: 1 });
  const goal6 = makeGoal({ id: 'g-6', themeId: 'th-a', number: '6', order: 2 });
  const targets = [
    makeTarget({ id: 't2', goalId: 'g-6', code: '6.1' }),
    makeTarget({ id: 't1', goalId: 'g-5', code: '5.2' }),
    makeTarget({ id: 't0', goalId: 'g-5', code: '5.1' }),
  ];

  it('reads the groups top to bottom: each heading once, before its targets, every key unique', () => {
    const groups = groupTargetsByThemeAndGoal([theme], [goal6, goal5], targets);
    const rows = listRowsOf(groups);
    expect(rows.map((row) => (row.kind === 'target' ? row.target.code : `${row.kind}:${row.kind === 'theme' ? row.theme.id : row.goal.id}`))).toEqual([
      'theme:th-a',
      'goal:g-5',
      '5.1',
      '5.2',
      'goal:g-6',
      '6.1',
    ]);
    expect(new Set(rows.map((row) => row.key)).size).toBe(rows.length);
  });

  it('has no rows for no groups', () => {
    expect(listRowsOf([])).toEqual([]);
  });
});
