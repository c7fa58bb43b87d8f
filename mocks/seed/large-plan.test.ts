import { describe, expect, it } from 'vitest';
import { planDataSchema } from '../../src/domain/plan-data';
import { countByStatus, STATUSES } from '../../src/domain/status';
import { generateLargePlan } from './large-plan';

describe('generateLargePlan', () => {
  it('builds 2000 targets by default', () => {
    const data = generateLargePlan();
    expect(data.targets).toHaveLength(2000);
    expect(data.plan.id).toBe('large-2000');
    expect(data.plan.title).toBe('Suuri testiaineisto (2000 tavoitetta)');
    expect(data.plan.illustrative).toBe(true);
  });

  it('builds exactly as many targets as asked for', () => {
    expect(generateLargePlan({ n: 137 }).targets).toHaveLength(137);
    expect(generateLargePlan({ n: 1 }).targets).toHaveLength(1);
  });

  it('produces data every domain schema accepts', () => {
    for (const n of [2000, 137, 1]) {
      const data = generateLargePlan({ n });
      expect(() => planDataSchema.parse(data)).not.toThrow();
      expect(planDataSchema.parse(data)).toEqual(data);
    }
  });

  it('gives every target a unique code and id, numbered by order', () => {
    const { targets } = generateLargePlan({ n: 2000 });
    expect(new Set(targets.map((target) => target.code)).size).toBe(targets.length);
    expect(new Set(targets.map((target) => target.id)).size).toBe(targets.length);
    targets.forEach((target, index) => {
      expect(target.id).toBe(`large-2000-t-${index + 1}`);
      expect(target.order).toBe(index + 1);
    });
  });

  it('hangs every target on an existing goal and every goal on an existing theme', () => {
    const { themes, goals, targets } = generateLargePlan({ n: 2000 });
    const goalsById = new Map(goals.map((goal) => [goal.id, goal]));
    const themeIds = new Set(themes.map((theme) => theme.id));
    for (const target of targets) {
      const goal = goalsById.get(target.goalId);
      expect(goal).toBeDefined();
      expect(target.code.startsWith(`${goal?.number}.`)).toBe(true);
    }
    for (const goal of goals) expect(themeIds.has(goal.themeId)).toBe(true);
  });

  it('has six to eight themes and about one strategic goal per 25 targets, numbered 1..G', () => {
    const { themes, goals, targets } = generateLargePlan({ n: 2000 });
    expect(themes.length).toBeGreaterThanOrEqual(6);
    expect(themes.length).toBeLessThanOrEqual(8);
    expect(goals).toHaveLength(80);
    expect(goals.map((goal) => goal.number)).toEqual(goals.map((_, index) => String(index + 1)));
    const usedGoals = new Set(targets.map((target) => target.goalId));
    expect(usedGoals.size).toBe(goals.length);
    const usedThemes = new Set(goals.map((goal) => goal.themeId));
    expect(usedThemes.size).toBe(themes.length);
  });

  it('keeps at least one goal for a tiny plan', () => {
    const data = generateLargePlan({ n: 3 });
    expect(data.goals).toHaveLength(1);
    expect(data.themes).toHaveLength(1);
    expect(data.targets.map((target) => target.code)).toEqual(['1.1', '1.2', '1.3']);
  });

  it('is deterministic for the same seed', () => {
    expect(generateLargePlan({ n: 500, seed: 7 })).toEqual(generateLargePlan({ n: 500, seed: 7 }));
    expect(generateLargePlan()).toEqual(generateLargePlan({ n: 2000, seed: 1 }));
  });

  it('differs for another seed', () => {
    const first = generateLargePlan({ n: 500, seed: 1 });
    const second = generateLargePlan({ n: 500, seed: 2 });
    expect(second).not.toEqual(first);
    expect(second.targets.map((target) => target.title)).not.toEqual(first.targets.map((target) => target.title));
  });

  it('uses all four statuses in roughly the report-like mix', () => {
    const { targets } = generateLargePlan({ n: 2000 });
    const counts = countByStatus(targets);
    for (const status of STATUSES) expect(counts[status]).toBeGreaterThan(0);
    expect(counts.fully / 2000).toBeCloseTo(0.45, 1);
    expect(counts.partially / 2000).toBeCloseTo(0.3, 1);
    expect(counts.notAtAll / 2000).toBeCloseTo(0.15, 1);
    expect(counts.notAssessed / 2000).toBeCloseTo(0.1, 1);
  });

  it('gives about a third of the targets one indicator with values for 2020 and 2021', () => {
    const { targets } = generateLargePlan({ n: 2000 });
    const withIndicator = targets.filter((target) => target.indicators.length > 0);
    expect(withIndicator.length / targets.length).toBeGreaterThan(0.28);
    expect(withIndicator.length / targets.length).toBeLessThan(0.39);
    for (const target of withIndicator) {
      expect(target.indicators).toHaveLength(1);
      const [indicator] = target.indicators;
      expect(['%', 'kpl']).toContain(indicator?.unit);
      expect(indicator?.values.map((point) => point.year)).toEqual([2020, 2021]);
    }
  });

  it('writes Finnish report text with people from the pool', () => {
    const { targets } = generateLargePlan({ n: 2000 });
    for (const target of targets) {
      expect(target.title.length).toBeGreaterThan(10);
      expect(target.keyActions.length).toBeGreaterThan(0);
      expect(target.metricStatus.length).toBeGreaterThan(0);
      expect(target.responsiblePersons.length).toBeGreaterThanOrEqual(1);
      expect(target.responsiblePersons.length).toBeLessThanOrEqual(2);
      expect(target.responsiblePersons).toContain(target.updatedBy);
      if (target.reportingResponsible !== null) expect(target.responsiblePersons).toContain(target.reportingResponsible);
      expect(target.version).toBe(1);
      expect(target.updatedAt >= '2021-01-01' && target.updatedAt < '2023-01-01').toBe(true);
    }
    expect(targets.some((target) => target.keyActions.includes('\n\n'))).toBe(true);
    expect(targets.some((target) => /[åäöÅÄÖ]/.test(target.responsiblePersons.join(' ')))).toBe(true);
    const withReporter = targets.filter((target) => target.reportingResponsible !== null).length;
    expect(withReporter).toBeGreaterThan(0);
    expect(withReporter).toBeLessThan(targets.length / 2);
  });

  // Speed is measured by the benchmark script, never asserted in a unit test.
  it('builds a valid plan of 10,000 targets with unique codes', () => {
    const data = generateLargePlan({ n: 10_000 });
    expect(data.targets).toHaveLength(10_000);
    expect(new Set(data.targets.map((target) => target.code)).size).toBe(10_000);
    expect(() => planDataSchema.parse(data)).not.toThrow();
  });

  it('refuses a size that is not a non-negative integer', () => {
    expect(() => generateLargePlan({ n: -1 })).toThrow(RangeError);
    expect(() => generateLargePlan({ n: 2.5 })).toThrow(RangeError);
  });
});
