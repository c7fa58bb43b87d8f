import type { Direction, Indicator, IndicatorValue } from '../../domain/indicator';
import type { Goal, Plan, Theme } from '../../domain/plan';
import { comparePlansNewestFirst } from '../../domain/plan-order';
import { countByStatus, STATUSES, type Status } from '../../domain/status';
import type { Target } from '../../domain/target';
import { EMPTY_FILTERS, filtersToSearchParams } from '../../domain/target-filters';

// Pure series builders for the summary charts: no React, no I/O, so every number a chart draws is unit-tested here.

export type StatusCounts = Record<Status, number>;

/** Counts, total and percentages of one group of targets (the whole plan, a theme or a strategic goal). */
export interface StatusDistribution {
  counts: StatusCounts;
  total: number;
  /** One decimal each; they add up to 100 (exactly 1000 tenths) whenever `total` > 0, and are all 0 otherwise. */
  percentages: StatusCounts;
}

export interface ThemeDistribution extends StatusDistribution {
  themeId: string;
  title: string;
}

export interface GoalDistribution extends StatusDistribution {
  goalId: string;
  themeId: string;
  number: string;
  title: string;
}

/**
 * Shares of each status in percent with one decimal, by the largest-remainder method: the shares are
 * rounded down to tenths and the tenths still missing go to the largest remainders (ties in status order),
 * so the figures shown always add up to 100.
 */
export function statusPercentages(counts: StatusCounts): StatusCounts {
  const total = STATUSES.reduce((sum, status) => sum + counts[status], 0);
  const percentages: StatusCounts = { fully: 0, partially: 0, notAtAll: 0, notAssessed: 0 };
  if (total === 0) return percentages;
  // Integer arithmetic in tenths of a percent, so no floating-point error creeps into the sum.
  const tenths = STATUSES.map((status) => ({
    status,
    floor: Math.floor((counts[status] * 1000) / total),
    remainder: (counts[status] * 1000) % total,
  }));
  let missing = 1000 - tenths.reduce((sum, share) => sum + share.floor, 0);
  const byRemainder = [...tenths].sort((a, b) => b.remainder - a.remainder);
  for (const share of byRemainder) {
    if (missing === 0) break;
    if (share.remainder === 0) continue;
    share.floor += 1;
    missing -= 1;
  }
  for (const share of tenths) percentages[share.status] = share.floor / 10;
  return percentages;
}

/** The status distribution of any set of targets; every status is present, zero when none. */
export function statusDistribution(targets: readonly { status: Status }[]): StatusDistribution {
  const counts = countByStatus(targets);
  return { counts, total: targets.length, percentages: statusPercentages(counts) };
}

/** One distribution per theme, in the plan's order; a theme without targets is listed with zeros. */
export function distributionByTheme(
  themes: readonly Theme[],
  goals: readonly Goal[],
  targets: readonly Target[],
): ThemeDistribution[] {
  const themeOfGoal = new Map(goals.map((goal) => [goal.id, goal.themeId]));
  return [...themes]
    .sort((a, b) => a.order - b.order)
    .map((theme) => ({
      themeId: theme.id,
      title: theme.title,
      ...statusDistribution(targets.filter((target) => themeOfGoal.get(target.goalId) === theme.id)),
    }));
}

/** One distribution per strategic goal, in the plan's order; a goal without targets is listed with zeros. */
export function distributionByGoal(goals: readonly Goal[], targets: readonly Target[]): GoalDistribution[] {
  return [...goals]
    .sort((a, b) => a.order - b.order)
    .map((goal) => ({
      goalId: goal.id,
      themeId: goal.themeId,
      number: goal.number,
      title: goal.title,
      ...statusDistribution(targets.filter((target) => target.goalId === goal.id)),
    }));
}

/**
 * The previous reporting period of `current`: the plan of the same organisation and sector whose reporting
 * year is one less. When there are several (e.g. a corrected report), the newest report wins. Null when none.
 */
export function previousPlanOf(plans: readonly Plan[], current: Plan): Plan | null {
  const candidates = plans.filter(
    (plan) =>
      plan.id !== current.id &&
      plan.organisation === current.organisation &&
      plan.sector === current.sector &&
      plan.reportingYear === current.reportingYear - 1,
  );
  return [...candidates].sort(comparePlansNewestFirst)[0] ?? null;
}

export type StatusChange = 'improved' | 'worsened' | 'same' | 'notComparable';

/** Best first; "not assessed" has no rank because it says nothing about how well a target went. */
const STATUS_RANK: Partial<Record<Status, number>> = { fully: 3, partially: 2, notAtAll: 1 };

/** How a target's status moved between two periods; a move from or to "not assessed" cannot be compared. */
export function statusChange(previous: Status, current: Status): StatusChange {
  if (previous === current) return 'same';
  const previousRank = STATUS_RANK[previous];
  const currentRank = STATUS_RANK[current];
  if (previousRank === undefined || currentRank === undefined) return 'notComparable';
  return currentRank > previousRank ? 'improved' : 'worsened';
}

export interface ComparisonPair {
  code: string;
  title: string;
  /** The target in the current period, for linking to it. */
  currentTargetId: string;
  previousStatus: Status;
  currentStatus: Status;
  changed: boolean;
  change: StatusChange;
}

export interface PeriodComparison {
  /** Targets found in both periods (matched by code), in code order. */
  pairs: ComparisonPair[];
  /** Codes only in the current period (new targets) and only in the previous one (dropped targets). */
  onlyCurrent: { code: string; title: string }[];
  onlyPrevious: { code: string; title: string }[];
  /** How many pairs improved, worsened, stayed the same or cannot be compared. */
  changeCounts: Record<StatusChange, number>;
}

/** Orders target codes the way the report does: 5.1 < 8.1 < 12.3 < 12.12. */
export function compareCodes(a: string, b: string): number {
  const aParts = a.split('.').map(Number);
  const bParts = b.split('.').map(Number);
  for (let index = 0; index < Math.max(aParts.length, bParts.length); index += 1) {
    const difference = (aParts[index] ?? -1) - (bParts[index] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** Pairs the targets of two periods of the same plan by their code and says how each status moved. */
export function comparePeriods(previousTargets: readonly Target[], currentTargets: readonly Target[]): PeriodComparison {
  const previousByCode = new Map(previousTargets.map((target) => [target.code, target]));
  const currentCodes = new Set(currentTargets.map((target) => target.code));
  const changeCounts: Record<StatusChange, number> = { improved: 0, worsened: 0, same: 0, notComparable: 0 };
  const pairs: ComparisonPair[] = [];
  const onlyCurrent: { code: string; title: string }[] = [];
  for (const current of [...currentTargets].sort((a, b) => compareCodes(a.code, b.code))) {
    const previous = previousByCode.get(current.code);
    if (!previous) {
      onlyCurrent.push({ code: current.code, title: current.title });
      continue;
    }
    const change = statusChange(previous.status, current.status);
    changeCounts[change] += 1;
    pairs.push({
      code: current.code,
      title: current.title,
      currentTargetId: current.id,
      previousStatus: previous.status,
      currentStatus: current.status,
      changed: previous.status !== current.status,
      change,
    });
  }
  const onlyPrevious = previousTargets
    .filter((target) => !currentCodes.has(target.code))
    .sort((a, b) => compareCodes(a.code, b.code))
    .map((target) => ({ code: target.code, title: target.title }));
  return { pairs, onlyCurrent, onlyPrevious, changeCounts };
}

export interface StatusCountPair {
  status: Status;
  previous: number;
  current: number;
  /** current − previous */
  difference: number;
}

/** Previous and current count of every status side by side. */
export function statusCountPairs(previous: StatusCounts, current: StatusCounts): StatusCountPair[] {
  return STATUSES.map((status) => ({
    status,
    previous: previous[status],
    current: current[status],
    difference: current[status] - previous[status],
  }));
}

/** Whether the latest value reaches the target: ≥ for 'increase', ≤ for 'decrease'; null when either is missing. */
export function meetsTarget(direction: Direction, latest: number | null, targetValue: number | null): boolean | null {
  if (latest === null || targetValue === null) return null;
  return direction === 'increase' ? latest >= targetValue : latest <= targetValue;
}

export interface IndicatorSeries {
  indicatorId: string;
  label: string;
  unit: string;
  direction: Direction;
  baselineValue: number | null;
  targetValue: number | null;
  /** Oldest year first. */
  points: IndicatorValue[];
  latest: IndicatorValue | null;
  meetsTarget: boolean | null;
}

export interface TargetIndicatorSeries {
  targetId: string;
  code: string;
  title: string;
  series: IndicatorSeries[];
}

/** The chartable form of one indicator. */
export function indicatorSeries(indicator: Indicator): IndicatorSeries {
  const points = [...indicator.values].sort((a, b) => a.year - b.year);
  const latest = points[points.length - 1] ?? null;
  return {
    indicatorId: indicator.id,
    label: indicator.label,
    unit: indicator.unit,
    direction: indicator.direction,
    baselineValue: indicator.baselineValue,
    targetValue: indicator.targetValue,
    points,
    latest,
    meetsTarget: meetsTarget(indicator.direction, latest?.value ?? null, indicator.targetValue),
  };
}

/** Every target that has at least one indicator with values, in code order, with its series. */
export function indicatorSeriesByTarget(targets: readonly Target[]): TargetIndicatorSeries[] {
  return [...targets]
    .sort((a, b) => compareCodes(a.code, b.code))
    .map((target) => ({
      targetId: target.id,
      code: target.code,
      title: target.title,
      series: target.indicators.filter((indicator) => indicator.values.length > 0).map(indicatorSeries),
    }))
    .filter((entry) => entry.series.length > 0);
}

/** The target list of a plan filtered to one status, optionally within one theme or strategic goal. */
export function targetListHref(planId: string, filter: { status: Status; themeId?: string; goalId?: string }): string {
  const search = filtersToSearchParams({
    ...EMPTY_FILTERS,
    statuses: [filter.status],
    themeId: filter.themeId ?? null,
    goalId: filter.goalId ?? null,
  }).toString();
  return `/plans/${encodeURIComponent(planId)}?${search}`;
}

/**
 * Round axis ticks from 0 up to at least `maxValue`: about `targetCount` steps of 1, 2, 2.5 or 5 times a power of
 * ten (never smaller than `minStep`, e.g. 1 for counts of targets). The last tick is the axis maximum.
 */
export function niceTicks(maxValue: number, { targetCount = 4, minStep = 0 } = {}): number[] {
  const raw = Math.max(maxValue > 0 ? maxValue / targetCount : 1, minStep);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= raw * (1 - 1e-9)) ?? raw;
  const count = Math.max(1, Math.ceil(maxValue / step - 1e-9));
  return Array.from({ length: count + 1 }, (_, index) => Number((index * step).toPrecision(12)));
}
