import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  EMPTY_FILTERS,
  filtersFromSearchParams,
  filtersToSearchParams,
  type TargetFilters,
} from '../../domain/target-filters';

/** The list's filters, kept in the URL so a copied link reproduces the same view. */
export function useTargetFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => filtersFromSearchParams(searchParams), [searchParams]);

  const setFilters = useCallback(
    (change: Partial<TargetFilters>) => {
      setSearchParams((current) => filtersToSearchParams({ ...filtersFromSearchParams(current), ...change }), {
        replace: true,
      });
    },
    [setSearchParams],
  );
  const clearFilters = useCallback(() => setFilters(EMPTY_FILTERS), [setFilters]);

  return { filters, setFilters, clearFilters, search: searchParams.toString() };
}
