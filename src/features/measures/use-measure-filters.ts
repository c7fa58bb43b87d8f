import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  EMPTY_MEASURE_FILTERS,
  measureFiltersFromSearchParams,
  measureFiltersToSearchParams,
  type MeasureFilters,
} from './measure-filters';

/** The measure list's filters, kept in the URL so a copied link reproduces the same view. */
export function useMeasureFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => measureFiltersFromSearchParams(searchParams), [searchParams]);
  const setFilters = useCallback(
    (change: Partial<MeasureFilters>) => {
      setSearchParams((current) => measureFiltersToSearchParams({ ...measureFiltersFromSearchParams(current), ...change }), {
        replace: true,
      });
    },
    [setSearchParams],
  );
  const clearFilters = useCallback(() => setFilters(EMPTY_MEASURE_FILTERS), [setFilters]);
  return { filters, setFilters, clearFilters, search: searchParams.toString() };
}
