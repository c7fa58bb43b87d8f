import { describe, expect, it } from 'vitest';
import { daysSinceUpdate, stalenessOf } from './staleness';

const now = new Date('2026-11-23T12:00:00.000Z');
const updated = (daysAgo: number) => ({ updatedAt: new Date(now.getTime() - daysAgo * 86_400_000).toISOString() });

describe('staleness', () => {
  it('uses 30 days to an update being due and 90 days to stale when the plan sets nothing', () => {
    expect(stalenessOf(updated(10), {}, now)).toBe('fresh');
    expect(stalenessOf(updated(31), {}, now)).toBe('due');
    expect(stalenessOf(updated(91), {}, now)).toBe('stale');
  });

  it('follows the plan’s own rules', () => {
    const plan = { updateIntervalDays: 7, staleAfterDays: 14 };
    expect(stalenessOf(updated(8), plan, now)).toBe('due');
    expect(stalenessOf(updated(15), plan, now)).toBe('stale');
  });

  it('counts whole days since the last update', () => {
    expect(daysSinceUpdate(updated(91.5), now)).toBe(91);
    expect(daysSinceUpdate({ updatedAt: '2027-01-01T00:00:00.000Z' }, now)).toBe(0);
  });

  it('finds the built-in 2021 report stale: it was last updated on 2.2.2022', () => {
    expect(stalenessOf({ updatedAt: '2022-02-02T10:00:00.000Z' }, {}, now)).toBe('stale');
  });
});
