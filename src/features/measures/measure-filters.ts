import { IMPACTS, PROGRESSES, targetLinkKey, type Impact, type Measure, type Progress } from '../../domain/measure';

/** The measure list's filters; every one lives in the URL (`?progress=…&impact=…&organisation=…&target=…`). */
export interface MeasureFilters {
  progress: Progress | null;
  impact: Impact | null;
  organisation: string | null;
  /** A linked target as `planId/targetId` (see `targetLinkKey`). */
  target: string | null;
}

export const EMPTY_MEASURE_FILTERS: MeasureFilters = { progress: null, impact: null, organisation: null, target: null };

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;

/** Reads the filters from a query string; an unknown progress or impact value is ignored. */
export function measureFiltersFromSearchParams(params: URLSearchParams): MeasureFilters {
  return {
    progress: oneOf(PROGRESSES, params.get('progress')),
    impact: oneOf(IMPACTS, params.get('impact')),
    organisation: params.get('organisation') || null,
    target: params.get('target') || null,
  };
}

/** Writes only the filters that are set, in a fixed order, so equal views have equal links. */
export function measureFiltersToSearchParams(filters: MeasureFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['progress', 'impact', 'organisation', 'target'] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  return params;
}

export function isEmptyMeasureFilters(filters: MeasureFilters): boolean {
  return Object.values(filters).every((value) => value === null);
}

/** The measures that pass every set filter, in number order. */
export function filterMeasures(measures: readonly Measure[], filters: MeasureFilters): Measure[] {
  return measures
    .filter(
      (measure) =>
        (!filters.progress || measure.progress === filters.progress) &&
        (!filters.impact || measure.impact === filters.impact) &&
        (!filters.organisation || measure.responsibleOrganisations.includes(filters.organisation)) &&
        (!filters.target || measure.linkedTargets.some((link) => targetLinkKey(link) === filters.target)),
    )
    .sort((a, b) => a.number.localeCompare(b.number, 'fi', { numeric: true }));
}

/** Every responsible organisation named by some measure, alphabetically. */
export function organisationsOf(measures: readonly Measure[]): string[] {
  return [...new Set(measures.flatMap((measure) => measure.responsibleOrganisations))].sort((a, b) => a.localeCompare(b, 'fi'));
}

/** Every linked target (as `planId/targetId`) of some measure, once each. */
export function linkedTargetKeysOf(measures: readonly Measure[]): string[] {
  return [...new Set(measures.flatMap((measure) => measure.linkedTargets.map(targetLinkKey)))];
}
