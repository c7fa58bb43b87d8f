import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { ProjectFilters, SortDirection } from '../../domain/project';

export const ENDING_MONTHS = [3, 6, 12] as const;
export type EndingMonths = (typeof ENDING_MONTHS)[number];

export interface ProjectListView extends ProjectFilters {
  /** Sorting by end date; null keeps the portfolio's alphabetical order. */
  sort: SortDirection | null;
  /** The "ending within N months" view. */
  within: EndingMonths;
  /** YYYY-MM-DD the ending view counts from; null means today. */
  from: string | null;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const day = (value: string | null) => (value && ISO_DAY.test(value) ? value : null);

export function viewFromSearchParams(params: URLSearchParams): ProjectListView {
  const sort = params.get('sort');
  const within = Number(params.get('within'));
  return {
    funder: params.get('funder') || null,
    sector: params.get('sector') || null,
    activeOn: day(params.get('active')),
    target: params.get('target') || null,
    sort: sort === 'end-asc' ? 'ascending' : sort === 'end-desc' ? 'descending' : null,
    within: (ENDING_MONTHS as readonly number[]).includes(within) ? (within as EndingMonths) : 6,
    from: day(params.get('from')),
  };
}

export function viewToSearchParams(view: ProjectListView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.funder) params.set('funder', view.funder);
  if (view.sector) params.set('sector', view.sector);
  if (view.activeOn) params.set('active', view.activeOn);
  if (view.target) params.set('target', view.target);
  if (view.sort) params.set('sort', view.sort === 'ascending' ? 'end-asc' : 'end-desc');
  if (view.within !== 6) params.set('within', String(view.within));
  if (view.from) params.set('from', view.from);
  return params;
}

/** The project list's filters, sorting and ending view, kept in the URL so a link reproduces the view. */
export function useProjectListView() {
  const [searchParams, setSearchParams] = useSearchParams();
  const view = useMemo(() => viewFromSearchParams(searchParams), [searchParams]);
  const setView = useCallback(
    (change: Partial<ProjectListView>) =>
      setSearchParams((current) => viewToSearchParams({ ...viewFromSearchParams(current), ...change }), { replace: true }),
    [setSearchParams],
  );
  const clearFilters = useCallback(() => setView({ funder: null, sector: null, activeOn: null, target: null }), [setView]);
  return { view, setView, clearFilters, search: searchParams.toString() };
}
