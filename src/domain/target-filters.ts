import { STATUSES, type Status } from './status';
import type { Goal } from './plan';
import type { Target } from './target';
import { matchesSearch, normaliseForSearch } from './search';

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
  return normaliseForSearch(
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

/** Applies every filter; a target must pass all of them. */
export function filterTargets(
  targets: readonly Target[],
  goals: readonly Goal[],
  filters: TargetFilters,
  searchText: SearchTextLookup = targetSearchText,
  /** Whether a target's update is overdue; needed for `overdueOnly`, which keeps nothing without it. */
  isOverdue: (target: Target) => boolean = () => false,
): Target[] {
  const themeOfGoal = new Map(goals.map((goal) => [goal.id, goal.themeId]));
  const person = filters.person ? normaliseForSearch(filters.person) : null;
  const query = filters.query.trim();
  return targets.filter((target) => {
    if (filters.statuses.length > 0 && !filters.statuses.includes(target.status)) return false;
    if (filters.goalId && target.goalId !== filters.goalId) return false;
    if (filters.themeId && themeOfGoal.get(target.goalId) !== filters.themeId) return false;
    if (person) {
      const names = [...target.responsiblePersons, target.reportingResponsible ?? ''].map(normaliseForSearch);
      if (!names.includes(person)) return false;
    }
    if (query !== '' && !matchesSearch(searchText(target), query)) return false;
    if (filters.overdueOnly && !isOverdue(target)) return false;
    return true;
  });
}

/** Every responsible person named in the plan, sorted the Finnish way, each once. */
export function responsiblePersonsOf(targets: readonly Target[]): string[] {
  const names = new Set<string>();
  for (const target of targets) {
    for (const name of target.responsiblePersons) names.add(name);
    if (target.reportingResponsible) names.add(target.reportingResponsible);
  }
  return [...names].sort((a, b) => a.localeCompare(b, 'fi'));
}
