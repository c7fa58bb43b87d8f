import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../domain/indicator';
import { STATUSES, type Status } from '../../domain/status';
import { filtersFromSearchParams } from '../../domain/target-filters';
import { makeGoal, makePlan, makeTarget, makeTheme } from '../../../test/factories';
import {
  compareCodes,
  comparePeriods,
  distributionByGoal,
  distributionByTheme,
  indicatorSeries,
  indicatorSeriesByTarget,
  meetsTarget,
  niceTicks,
  previousPlanOf,
  statusChange,
  statusCountPairs,
  statusDistribution,
  statusPercentages,
  targetListHref,
} from './series';

const withStatuses = (...statuses: Status[]) =>
  statuses.map((status, index) => makeTarget({ id: `t-${index}`, code: `1.${index + 1}`, status }));
const tenthsSum = (percentages: Record<Status, number>) =>
  STATUSES.reduce((sum, status) => sum + Math.round(percentages[status] * 10), 0);

describe('status distribution', () => {
  it('counts the Vantaa 2021 verdicts: 6 fully, 1 partially, 1 not at all, 0 not assessed', () => {
    const distribution = statusDistribution(
      withStatuses('fully', 'fully', 'fully', 'partially', 'fully', 'notAtAll', 'fully', 'fully'),
    );
    expect(distribution.counts).toEqual({ fully: 6, partially: 1, notAtAll: 1, notAssessed: 0 });
    expect(distribution.total).toBe(8);
    expect(distribution.percentages).toEqual({ fully: 75, partially: 12.5, notAtAll: 12.5, notAssessed: 0 });
  });

  it('has every status with zero and no percentages when there are no targets', () => {
    expect(statusDistribution([])).toEqual({
      counts: { fully: 0, partially: 0, notAtAll: 0, notAssessed: 0 },
      total: 0,
      percentages: { fully: 0, partially: 0, notAtAll: 0, notAssessed: 0 },
    });
  });

  it('rounds thirds to one decimal so that they still add up to exactly 100', () => {
    const percentages = statusPercentages({ fully: 1, partially: 1, notAtAll: 1, notAssessed: 0 });
    expect(percentages).toEqual({ fully: 33.4, partially: 33.3, notAtAll: 33.3, notAssessed: 0 });
    expect(tenthsSum(percentages)).toBe(1000);
  });

  it('gives the missing tenths to the largest remainders', () => {
    // 2/7 = 28.571…, 1/7 = 14.285…: the floors 28.5 + 28.5 + 28.5 + 14.2 leave three tenths; 1/7 has the largest
    // remainder (.857), then the 2/7s (.714) in status order.
    const percentages = statusPercentages({ fully: 2, partially: 2, notAtAll: 2, notAssessed: 1 });
    expect(percentages).toEqual({ fully: 28.6, partially: 28.6, notAtAll: 28.5, notAssessed: 14.3 });
  });

  it('adds up to 100 for every mix of up to 12 targets', () => {
    for (let fully = 0; fully <= 12; fully += 1) {
      for (let partially = 0; partially + fully <= 12; partially += 1) {
        for (let notAtAll = 0; notAtAll + partially + fully <= 12; notAtAll += 1) {
          const notAssessed = 12 - fully - partially - notAtAll;
          const percentages = statusPercentages({ fully, partially, notAtAll, notAssessed });
          expect(tenthsSum(percentages)).toBe(1000);
          for (const status of STATUSES) {
            expect(Math.abs(percentages[status] * 10 - Math.round(percentages[status] * 10))).toBeLessThan(1e-9);
          }
        }
      }
    }
  });
});

describe('distribution by theme and strategic goal', () => {
  const themes = [makeTheme({ id: 'th-2', title: 'Toinen', order: 2 }), makeTheme({ id: 'th-1', title: 'Ensimmäinen', order: 1 })];
  const goals = [
    makeGoal({ id: 'g-12', themeId: 'th-1', number: '12', order: 1 }),
    makeGoal({ id: 'g-13', themeId: 'th-1', number: '13', order: 2 }),
    makeGoal({ id: 'g-17', themeId: 'th-2', number: '17', order: 3 }),
  ];
  const targets = [
    makeTarget({ id: 'a', goalId: 'g-12', status: 'fully' }),
    makeTarget({ id: 'b', goalId: 'g-12', status: 'notAtAll' }),
    makeTarget({ id: 'c', goalId: 'g-13', status: 'fully' }),
  ];

  it('counts each theme in the plan order, with zeros for a theme without targets', () => {
    const rows = distributionByTheme(themes, goals, targets);
    expect(rows.map((row) => row.themeId)).toEqual(['th-1', 'th-2']);
    expect(rows[0]).toMatchObject({ total: 3, counts: { fully: 2, partially: 0, notAtAll: 1, notAssessed: 0 } });
    expect(rows[0]?.percentages).toEqual({ fully: 66.7, partially: 0, notAtAll: 33.3, notAssessed: 0 });
    expect(rows[1]).toMatchObject({ total: 0, counts: { fully: 0, partially: 0, notAtAll: 0, notAssessed: 0 } });
  });

  it('counts each strategic goal with its number and theme', () => {
    const rows = distributionByGoal(goals, targets);
    expect(rows.map((row) => [row.number, row.themeId, row.total])).toEqual([
      ['12', 'th-1', 2],
      ['13', 'th-1', 1],
      ['17', 'th-2', 0],
    ]);
    expect(rows[0]?.counts).toEqual({ fully: 1, partially: 0, notAtAll: 1, notAssessed: 0 });
  });
});

describe('previous period', () => {
  const current = makePlan({ id: 'p-2021', reportingYear: 2021 });

  it('is the plan of the same organisation and sector one reporting year earlier', () => {
    const previous = makePlan({ id: 'p-2020', reportingYear: 2020 });
    const plans = [
      current,
      makePlan({ id: 'p-2019', reportingYear: 2019 }),
      makePlan({ id: 'other-sector', reportingYear: 2020, sector: 'Sosiaali- ja terveystoimiala' }),
      makePlan({ id: 'other-city', reportingYear: 2020, organisation: 'Toinen kaupunki' }),
      previous,
    ];
    expect(previousPlanOf(plans, current)?.id).toBe('p-2020');
  });

  it('is null when there is none, and the latest report when there are two', () => {
    expect(previousPlanOf([current, makePlan({ id: 'p-2019', reportingYear: 2019 })], current)).toBeNull();
    const first = makePlan({ id: 'p-2020-a', reportingYear: 2020, reportDate: '2021-02-01' });
    const corrected = makePlan({ id: 'p-2020-b', reportingYear: 2020, reportDate: '2021-03-01' });
    expect(previousPlanOf([first, corrected, current], current)?.id).toBe('p-2020-b');
  });
});

describe('comparison between periods', () => {
  it('orders codes numerically', () => {
    expect(['12.12', '5.1', '12.3', '12', '8.1'].sort(compareCodes)).toEqual(['5.1', '8.1', '12', '12.3', '12.12']);
  });

  it('ranks fully > partially > not at all and cannot compare with not assessed', () => {
    expect(statusChange('partially', 'fully')).toBe('improved');
    expect(statusChange('notAtAll', 'partially')).toBe('improved');
    expect(statusChange('fully', 'notAtAll')).toBe('worsened');
    expect(statusChange('partially', 'partially')).toBe('same');
    expect(statusChange('notAssessed', 'notAssessed')).toBe('same');
    expect(statusChange('notAssessed', 'fully')).toBe('notComparable');
    expect(statusChange('partially', 'notAssessed')).toBe('notComparable');
  });

  it('pairs targets by code and says which changed and how', () => {
    const previous = [
      makeTarget({ id: 'p-12-12', code: '12.12', status: 'notAtAll' }),
      makeTarget({ id: 'p-5-1', code: '5.1', status: 'partially' }),
      makeTarget({ id: 'p-12-3', code: '12.3', status: 'notAssessed' }),
      makeTarget({ id: 'p-17-1', code: '17.1', status: 'fully' }),
      makeTarget({ id: 'p-9-9', code: '9.9', title: 'Lopetettu', status: 'fully' }),
    ];
    const current = [
      makeTarget({ id: 'c-5-1', code: '5.1', title: 'Viisi', status: 'fully' }),
      makeTarget({ id: 'c-12-3', code: '12.3', status: 'fully' }),
      makeTarget({ id: 'c-12-12', code: '12.12', status: 'notAtAll' }),
      makeTarget({ id: 'c-17-1', code: '17.1', status: 'partially' }),
      makeTarget({ id: 'c-20-1', code: '20.1', title: 'Uusi', status: 'fully' }),
    ];
    const comparison = comparePeriods(previous, current);
    expect(comparison.pairs.map((pair) => [pair.code, pair.previousStatus, pair.currentStatus, pair.changed, pair.change])).toEqual([
      ['5.1', 'partially', 'fully', true, 'improved'],
      ['12.3', 'notAssessed', 'fully', true, 'notComparable'],
      ['12.12', 'notAtAll', 'notAtAll', false, 'same'],
      ['17.1', 'fully', 'partially', true, 'worsened'],
    ]);
    expect(comparison.pairs[0]).toMatchObject({ title: 'Viisi', currentTargetId: 'c-5-1' });
    expect(comparison.changeCounts).toEqual({ improved: 1, worsened: 1, same: 1, notComparable: 1 });
    expect(comparison.onlyCurrent).toEqual([{ code: '20.1', title: 'Uusi' }]);
    expect(comparison.onlyPrevious).toEqual([{ code: '9.9', title: 'Lopetettu' }]);
  });

  it('puts the counts of both periods side by side with the difference', () => {
    expect(
      statusCountPairs({ fully: 1, partially: 5, notAtAll: 1, notAssessed: 1 }, { fully: 6, partially: 1, notAtAll: 1, notAssessed: 0 }),
    ).toEqual([
      { status: 'fully', previous: 1, current: 6, difference: 5 },
      { status: 'partially', previous: 5, current: 1, difference: -4 },
      { status: 'notAtAll', previous: 1, current: 1, difference: 0 },
      { status: 'notAssessed', previous: 1, current: 0, difference: -1 },
    ]);
  });
});

describe('indicator series', () => {
  const indicator = (overrides: Partial<Indicator>): Indicator => ({
    id: 'i-1',
    label: 'Keskeyttäneet',
    unit: 'opiskelijaa',
    direction: 'decrease',
    baselineValue: 496,
    targetValue: 446,
    values: [
      { year: 2021, value: 609 },
      { year: 2020, value: 496 },
    ],
    ...overrides,
  });

  it('meets an increase target at or above it and a decrease target at or below it', () => {
    expect(meetsTarget('increase', 731, 731)).toBe(true);
    expect(meetsTarget('increase', 730, 731)).toBe(false);
    expect(meetsTarget('decrease', 446, 446)).toBe(true);
    expect(meetsTarget('decrease', 609, 446)).toBe(false);
    expect(meetsTarget('decrease', null, 446)).toBeNull();
    expect(meetsTarget('increase', 80, null)).toBeNull();
  });

  it('gives the points oldest first with baseline, target, direction and the verdict on the latest value', () => {
    expect(indicatorSeries(indicator({}))).toEqual({
      indicatorId: 'i-1',
      label: 'Keskeyttäneet',
      unit: 'opiskelijaa',
      direction: 'decrease',
      baselineValue: 496,
      targetValue: 446,
      points: [
        { year: 2020, value: 496 },
        { year: 2021, value: 609 },
      ],
      latest: { year: 2021, value: 609 },
      meetsTarget: false,
    });
    expect(indicatorSeries(indicator({ direction: 'increase', targetValue: 731, values: [{ year: 2021, value: 852 }] })).meetsTarget).toBe(true);
    expect(indicatorSeries(indicator({ targetValue: null })).meetsTarget).toBeNull();
  });

  it('lists only targets with at least one indicator value, in code order', () => {
    const targets = [
      makeTarget({ id: 'b', code: '12.12', indicators: [indicator({}), indicator({ id: 'empty', values: [] })] }),
      makeTarget({ id: 'none', code: '5.1', indicators: [] }),
      makeTarget({ id: 'a', code: '12.4', indicators: [indicator({ id: 'i-2' })] }),
    ];
    const series = indicatorSeriesByTarget(targets);
    expect(series.map((entry) => [entry.code, entry.series.map((item) => item.indicatorId)])).toEqual([
      ['12.4', ['i-2']],
      ['12.12', ['i-1']],
    ]);
  });
});

describe('links to the filtered target list', () => {
  it('filters by status alone, or by status within a theme or a strategic goal, as the list reads it', () => {
    expect(targetListHref('vantaa-kasvatus-2021', { status: 'fully' })).toBe('/plans/vantaa-kasvatus-2021?status=fully');
    const themeHref = targetListHref('vantaa-kasvatus-2021', { status: 'notAtAll', themeId: 'vantaa-2021-theme-3' });
    expect(themeHref).toBe('/plans/vantaa-kasvatus-2021?status=notAtAll&theme=vantaa-2021-theme-3');
    const goalHref = targetListHref('p', { status: 'partially', goalId: 'g-12' });
    expect(filtersFromSearchParams(new URLSearchParams(goalHref.split('?')[1]))).toMatchObject({
      statuses: ['partially'],
      goalId: 'g-12',
      themeId: null,
    });
  });
});

describe('axis ticks', () => {
  it('steps by 1, 2, 2.5 or 5 times a power of ten up to the first tick at or above the largest value', () => {
    expect(niceTicks(937)).toEqual([0, 250, 500, 750, 1000]);
    expect(niceTicks(6.6)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(21.2)).toEqual([0, 10, 20, 30]);
    expect(niceTicks(0.9)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });

  it('counts targets in whole numbers', () => {
    expect(niceTicks(5, { targetCount: 5, minStep: 1 })).toEqual([0, 1, 2, 3, 4, 5]);
    expect(niceTicks(8, { targetCount: 5, minStep: 1 })).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(1, { targetCount: 5, minStep: 1 })).toEqual([0, 1]);
    expect(niceTicks(2000, { targetCount: 5, minStep: 1 })).toEqual([0, 500, 1000, 1500, 2000]);
  });
});
