import { STATUSES, type Status } from './status';
import type { Goal } from './plan';
import type { Target } from './target';
import { containsAllWords, foldForSearch, normaliseForSearch, searchWords } from './search';

export interface TargetFilters {
  statuses: Status[];
  themeId: string | null;
  goalId: string | null;
  person: string | null;
  query: string;
  /** Only targets whose update is overdue (due or stale). */
  overdueOnly: boolean;
}

export const EMPTY_FILTERS: TargetFilters = {
  statuses: [],
  themeId: null,
  goalId: null,
  person: null,
  query: '',
  overdueOnly: false,
};

/** True when no filter narrows the list. */
export function isEmptyFilters(filters: TargetFilters): boolean {
  return (
    filters.statuses.length === 0 &&
    !filters.themeId &&
    !filters.goalId &&
    !filters.person &&
    filters.query.trim() === '' &&
    !filters.overdueOnly
  );
}

/** Reads filters from a URL query string; unknown status words are dropped, not guessed. */
export function filtersFromSearchParams(params: URLSearchParams): TargetFilters {
  const statuses = (params.get('status') ?? '')
    .split(',')
    .filter((word): word is Status => (STATUSES as readonly string[]).includes(word));
  return {
    statuses: STATUSES.filter((status) => statuses.includes(status)),
    themeId: params.get('theme') || null,
    goalId: params.get('goal') || null,
    person: params.get('person') || null,
    query: params.get('q') ?? '',
    overdueOnly: params.get('overdue') === '1',
  };
}

/** Writes filters to URL query parameters, leaving out the empty ones so links stay short. */
export function filtersToSearchParams(filters: TargetFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.statuses.length > 0) params.set('status', filters.statuses.join(','));
  if (filters.themeId) params.set('theme', filters.themeId);
  if (filters.goalId) params.set('goal', filters.goalId);
  if (filters.person) params.set('person', filters.person);
  if (filters.query.trim() !== '') params.set('q', filters.query);
  if (filters.overdueOnly) params.set('overdue', '1');
  return params;
}

/** All text a person may search a target by, folded once so filtering stays fast. */
export function targetSearchText(target: Target): string {
  return foldForSearch(
    [
      target.code,
      target.title,
      target.metric,
      target.baseline,
      target.targetLevel,
      target.responsiblePersons.join(' '),
      target.reportingResponsible ?? '',
      target.keyActions,
      target.metricStatus,
      target.indicators.map((indicator) => indicator.label).join(' '),
    ].join(' \n '),
  );
}

export type SearchTextLookup = (target: Target) => string;

/** Builds a memoising lookup so a target's search text is folded once per version. */
export function createSearchTextLookup(): SearchTextLookup {
  const cache = new WeakMap<Target, string>();
  return (target) => {
    let text = cache.get(target);
    if (text === undefined) {
      text = targetSearchText(target);
      cache.set(target, text);
    }
    return text;
  };
}

const neverOverdue = () => false;

/** Applies every filter in one pass over the targets; a target must pass all of them. Keeps their order. */
export function filterTargets(
  targets: readonly Target[],
  goals: readonly Goal[],
  filters: TargetFilters,
  searchText: SearchTextLookup = targetSearchText,
  /** Whether a target's update is overdue; needed for `overdueOnly`, which keeps nothing without it. */
  isOverdue: (target: Target) => boolean = neverOverdue,
): Target[] {
  const themeOfGoal = filters.themeId ? new Map(goals.map((goal) => [goal.id, goal.themeId])) : null;
  const person = filters.person ? normaliseForSearch(filters.person) : null;
  const words = searchWords(filters.query);
  const statuses = filters.statuses.length > 0 ? new Set(filters.statuses) : null;
  return targets.filter((target) => {
    if (statuses && !statuses.has(target.status)) return false;
    if (filters.goalId && target.goalId !== filters.goalId) return false;
    if (themeOfGoal && themeOfGoal.get(target.goalId) !== filters.themeId) return false;
    if (person && !namesPerson(target, person)) return false;
    if (words.length > 0 && !containsAllWords(searchText(target), words)) return false;
    if (filters.overdueOnly && !isOverdue(target)) return false;
    return true;
  });
}

function namesPerson(target: Target, normalisedPerson: string): boolean {
  if (target.reportingResponsible && normaliseForSearch(target.reportingResponsible) === normalisedPerson) return true;
  return target.responsiblePersons.some((name) => normaliseForSearch(name) === normalisedPerson);
}

type FilterRun = (
  targets: readonly Target[],
  goals: readonly Goal[],
  filters: TargetFilters,
  searchText?: SearchTextLookup,
  isOverdue?: (target: Target) => boolean,
) => readonly Target[];

/**
 * `filterTargets` that remembers its last answer, so that what is built from the answer (groups, rows)
 * can be kept too: asked again with equal filters it gives the very same array; when a filter leaves out
 * nothing it gives back the array it was given; and when only the search text grew (a person typing on)
 * it checks just the targets the shorter text kept, since every target matching the longer text also
 * matches the shorter one.
 */
export function createCachedTargetFilter(): FilterRun {
  let last: { args: Parameters<FilterRun>; query: string; result: readonly Target[] } | null = null;
  return (targets, goals, filters, searchText = targetSearchText, isOverdue = neverOverdue) => {
    const query = searchWords(filters.query).join(' ');
    const sameSource =
      last !== null &&
      last.args[0] === targets &&
      last.args[1] === goals &&
      last.args[3] === searchText &&
      last.args[4] === isOverdue &&
      sameFiltersApartFromQuery(last.args[2], filters);
    if (last && sameSource && last.query === query) return last.result;
    const source = last && sameSource && query.startsWith(last.query) ? last.result : targets;
    const kept = filterTargets(source, goals, filters, searchText, isOverdue);
    const result = kept.length === source.length ? source : kept;
    last = { args: [targets, goals, filters, searchText, isOverdue], query, result };
    return result;
  };
}

function sameFiltersApartFromQuery(a: TargetFilters, b: TargetFilters): boolean {
  return (
    a.themeId === b.themeId &&
    a.goalId === b.goalId &&
    a.person === b.person &&
    a.overdueOnly === b.overdueOnly &&
    a.statuses.length === b.statuses.length &&
    a.statuses.every((status, index) => b.statuses[index] === status)
  );
}

// One collator for every comparison: localeCompare with a locale builds a new one each time.
const finnishOrder = new Intl.Collator('fi');

/** Every responsible person named in the plan, sorted the Finnish way, each once. */
export function responsiblePersonsOf(targets: readonly Target[]): string[] {
  const names = new Set<string>();
  for (const target of targets) {
    for (const name of target.responsiblePersons) names.add(name);
    if (target.reportingResponsible) names.add(target.reportingResponsible);
  }
  return [...names].sort(finnishOrder.compare);
}
