import type { Indicator, IndicatorValue } from '../../src/domain/indicator';
import type { Goal, Plan, Theme } from '../../src/domain/plan';
import type { PlanData } from '../../src/domain/plan-data';
import type { Status } from '../../src/domain/status';
import type { Target } from '../../src/domain/target';
import { intBetween, lowerFirst, mulberry32, pick, pickDistinct, shuffled, type Random } from './large-plan-random';
import {
  EXTRA_GOAL_TITLES,
  GOAL_PHRASES,
  KEY_ACTIONS,
  METRIC_STATUS,
  METRIC_STATUS_COMMON,
  PERSONS,
  QUALIFIERS,
  QUALITATIVE_BASELINES,
  QUALITATIVE_METRICS,
  QUALITATIVE_TARGET_LEVELS,
  THEME_TITLES,
  TOPICS,
  VERBS,
  type Topic,
} from './large-plan-words';

/**
 * A large, made-up plan for performance work: thousands of binding targets that read like a real
 * Finnish municipal report (shared/seeds/004_09daeed38870fa32.txt), built from phrase lists.
 *
 * The output depends only on the options: the same `n` and `seed` always give the same plan, and
 * the ids depend on `n` alone, so a plan generated again after a reload matches the stored one.
 */

export interface LargePlanOptions {
  /** Number of binding targets; a non-negative integer. */
  n?: number;
  /** Seed of the pseudo-random choices. */
  seed?: number;
}

export const LARGE_PLAN_DEFAULT_SIZE = 2000;
export const LARGE_PLAN_DEFAULT_SEED = 1;
/** Roughly how many targets one strategic goal has. */
const TARGETS_PER_GOAL = 25;

// ---------------------------------------------------------------------------------------------
// Numbers

/** A number the way a Finnish report prints it: "13,4 %", "1 250 kpl". */
function formatValue(value: number, unit: string): string {
  const [whole = '0', decimals] = (unit === '%' ? value.toFixed(1) : String(Math.round(value))).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return `${decimals ? `${grouped},${decimals}` : grouped} ${unit}`;
}

function roundFor(unit: string, value: number): number {
  return unit === '%' ? Math.round(value * 10) / 10 : Math.round(value);
}

/** A series whose 2021 value agrees with the verdict: reached, halfway, or not moved at all. */
function buildIndicator(random: Random, id: string, topic: Topic, status: Status): Indicator {
  const { unit, direction } = topic;
  const sign = direction === 'increase' ? 1 : -1;
  const [low, high] = topic.range ?? [12, 900];
  const baselineValue =
    unit === '%' ? roundFor(unit, direction === 'increase' ? 10 + random() * 60 : 3 + random() * 22) : intBetween(random, low, high);
  const change =
    unit === '%' && direction === 'increase'
      ? 1 + random() * 9
      : Math.max(unit === '%' ? 0.5 : 1, baselineValue * (0.08 + random() * 0.22));
  const targetValue = Math.max(0, roundFor(unit, baselineValue + sign * change));
  const reached = targetValue - baselineValue;
  let progress: number;
  switch (status) {
    case 'fully':
      progress = 1 + random() * 0.4;
      break;
    case 'partially':
      progress = 0.2 + random() * 0.6;
      break;
    case 'notAtAll':
      progress = -0.5 + random() * 0.5;
      break;
    case 'notAssessed':
      progress = random();
      break;
  }
  const value2021 = Math.max(0, roundFor(unit, baselineValue + reached * progress));
  const value2020 = Math.max(0, roundFor(unit, baselineValue + (value2021 - baselineValue) * random()));
  const values: IndicatorValue[] = [
    { year: 2020, value: value2020 },
    unit === 'kpl' && random() < 0.25
      ? { year: 2021, value: value2021, note: random() < 0.5 ? 'noin' : '31.12.2021 mennessä' }
      : { year: 2021, value: value2021 },
  ];
  return { id, label: topic.metric, unit, direction, baselineValue, targetValue, values };
}

// ---------------------------------------------------------------------------------------------
// Structure

function drawStatus(random: Random): Status {
  const roll = random();
  if (roll < 0.45) return 'fully';
  if (roll < 0.75) return 'partially';
  if (roll < 0.9) return 'notAtAll';
  return 'notAssessed';
}

/** Splits `total` targets over `parts` goals, each at least one when there are enough, unevenly. */
function goalSizes(random: Random, total: number, parts: number): number[] {
  const base = total >= parts ? 1 : 0;
  const weights = Array.from({ length: parts }, () => 0.5 + random());
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  const spare = total - base * parts;
  const sizes = weights.map((weight) => base + Math.floor((spare * weight) / weightSum));
  let left = total - sizes.reduce((sum, size) => sum + size, 0);
  for (let index = 0; left > 0; index = (index + 1) % parts, left--) sizes[index] = (sizes[index] ?? 0) + 1;
  return sizes;
}

/**
 * The title of goal `index`: every subject is used once before any is used again, each time with
 * another predicate, so neighbouring goals do not repeat one another.
 */
function goalTitleMaker(random: Random): (index: number) => string {
  const entries = shuffled(random, [
    ...GOAL_PHRASES.flatMap(({ subjects, predicates }) =>
      subjects.map((subject) => ({ subject, predicates, offset: Math.floor(random() * predicates.length) })),
    ),
    ...EXTRA_GOAL_TITLES.map((title) => ({ subject: title, predicates: [''], offset: 0 })),
  ]);
  return (index) => {
    const entry = entries[index % entries.length];
    if (!entry) throw new Error('no goal titles');
    const round = Math.floor(index / entries.length);
    const predicate = entry.predicates[(entry.offset + round) % entry.predicates.length] ?? '';
    return predicate ? `${entry.subject} ${predicate}` : entry.subject;
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;
const UPDATED_FIRST_DAY = Date.UTC(2021, 0, 4);
/** Days from 4.1.2021 to 30.12.2022. */
const UPDATED_DAYS = 725;

/** A moment in office hours (6–16 UTC, 8–18 Finnish time) some day in 2021–2022, to the second. */
function updatedAt(random: Random): string {
  const day = Math.floor(random() * UPDATED_DAYS);
  const second = Math.floor(random() * 10 * 60 * 60);
  return new Date(UPDATED_FIRST_DAY + day * DAY_MS + 6 * 60 * 60 * 1000 + second * 1000).toISOString();
}

function buildTitle(random: Random, topic: Topic): { title: string; perfect: string; qualifier: string } {
  const verb = pick(random, VERBS);
  let present = verb.present;
  let perfect = verb.perfect;
  if (random() < 0.2) {
    const second = pick(random, VERBS);
    if (second !== verb) {
      present = `${verb.present} ja ${lowerFirst(second.present)}`;
      perfect = `${verb.perfect} ja ${second.perfect}`;
    }
  }
  const qualifier = random() < 0.5 ? pick(random, QUALIFIERS) : '';
  return { title: `${present} ${topic.object}${qualifier}`, perfect, qualifier };
}

function buildKeyActions(random: Random, topic: Topic, perfect: string, qualifier: string): string {
  const opening = `Vuoden 2021 aikana on ${perfect} ${topic.object}${qualifier}.`;
  const sentences = [opening, ...pickDistinct(random, KEY_ACTIONS, intBetween(random, 1, 3))];
  if (sentences.length >= 3 && random() < 0.4) {
    const split = intBetween(random, 1, sentences.length - 1);
    return `${sentences.slice(0, split).join(' ')}\n\n${sentences.slice(split).join(' ')}`;
  }
  return sentences.join(' ');
}

function buildMetricStatus(random: Random, status: Status, indicator: Indicator | null): string {
  const sentences: string[] = [];
  const latest = indicator?.values[indicator.values.length - 1];
  if (indicator && latest && status !== 'notAssessed') {
    sentences.push(`${indicator.label} oli vuoden 2021 lopussa ${formatValue(latest.value, indicator.unit)}.`);
  }
  const count = intBetween(random, 1, 3) - sentences.length;
  sentences.push(...pickDistinct(random, METRIC_STATUS[status], Math.max(1, Math.min(count, 2))));
  if (sentences.length < 3 && random() < 0.2) sentences.push(pick(random, METRIC_STATUS_COMMON));
  return sentences.slice(0, 3).join(' ');
}

/**
 * Builds a plan of `n` made-up binding targets (default 2000) under about n / 25 strategic goals
 * and six to eight themes (fewer only when there are fewer goals than that).
 */
export function generateLargePlan(options: LargePlanOptions = {}): PlanData {
  const n = options.n ?? LARGE_PLAN_DEFAULT_SIZE;
  const seed = options.seed ?? LARGE_PLAN_DEFAULT_SEED;
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a non-negative integer, got ${n}`);
  const random = mulberry32(seed);
  const planId = `large-${n}`;

  const plan: Plan = {
    id: planId,
    title: `Suuri testiaineisto (${n} tavoitetta)`,
    organisation: 'Esimerkkikaupunki',
    sector: 'Kaikki toimialat',
    reportingYear: 2021,
    reportDate: '2022-02-02',
    baselineLabel: 'Lähtötaso v:n 2019 loppu',
    targetLevelLabel: 'Tavoitetaso 2021',
    periodLabel: '1.1. - 31.12.2021',
    illustrative: true,
  };

  const goalCount = Math.max(1, Math.round(n / TARGETS_PER_GOAL));
  const themeCount = Math.min(goalCount, intBetween(random, 6, 8));
  const themes: Theme[] = shuffled(random, THEME_TITLES)
    .slice(0, themeCount)
    .map((title, index) => ({ id: `${planId}-theme-${index + 1}`, planId, title, order: index + 1 }));

  const goalTitle = goalTitleMaker(random);
  const goals: Goal[] = Array.from({ length: goalCount }, (_, index) => {
    const theme = themes[Math.floor((index * themes.length) / goalCount)] as Theme;
    return {
      id: `${planId}-g-${index + 1}`,
      planId,
      themeId: theme.id,
      number: String(index + 1),
      title: goalTitle(index),
      order: index + 1,
    };
  });

  const sizes = goalSizes(random, n, goalCount);
  const targets: Target[] = new Array<Target>(n);
  let i = 0;
  goals.forEach((goal, goalIndex) => {
    const size = sizes[goalIndex] ?? 0;
    for (let k = 1; k <= size; k++) {
      i += 1;
      const id = `${planId}-t-${i}`;
      const topic = pick(random, TOPICS);
      const status = drawStatus(random);
      const { title, perfect, qualifier } = buildTitle(random, topic);
      const indicator = random() < 1 / 3 ? buildIndicator(random, `${id}-ind-1`, topic, status) : null;

      const responsiblePersons = pickDistinct(random, PERSONS, random() < 0.7 ? 1 : 2);
      const reportingRoll = random();
      const reportingResponsible =
        responsiblePersons.length > 1 && reportingRoll < 0.4
          ? (responsiblePersons[1] as string)
          : reportingRoll < 0.1
            ? (responsiblePersons[0] as string)
            : null;

      targets[i - 1] = {
        id,
        planId,
        goalId: goal.id,
        code: `${goal.number}.${k}`,
        order: i,
        title,
        metric: indicator ? topic.metric : random() < 0.5 ? pick(random, QUALITATIVE_METRICS) : topic.metric,
        baseline: indicator
          ? `${topic.metric} ${formatValue(indicator.baselineValue ?? 0, topic.unit)} (2019)`
          : pick(random, QUALITATIVE_BASELINES),
        targetLevel: indicator
          ? `${topic.metric} ${topic.direction === 'increase' ? 'nousee' : 'laskee'} tasolle ${formatValue(indicator.targetValue ?? 0, topic.unit)}.`
          : pick(random, QUALITATIVE_TARGET_LEVELS),
        responsiblePersons,
        reportingResponsible,
        keyActions: buildKeyActions(random, topic, perfect, qualifier),
        metricStatus: buildMetricStatus(random, status, indicator),
        status,
        indicators: indicator ? [indicator] : [],
        version: 1,
        updatedAt: updatedAt(random),
        updatedBy: pick(random, responsiblePersons),
      };
    }
  });

  return { plan, themes, goals, targets };
}
