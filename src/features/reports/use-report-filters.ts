import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { filtersFromSearchParams, isEmptyFilters } from '../../domain/target-filters';

/**
 * The target list's filters, read from the same URL parameters (?theme, goal, status, person, q), so a link
 * from a filtered list prints exactly that selection. The report only reads them; the list is where they change.
 */
export function useReportFilters() {
  const [searchParams] = useSearchParams();
  const filters = useMemo(() => filtersFromSearchParams(searchParams), [searchParams]);
  return { filters, filtered: !isEmptyFilters(filters), search: searchParams.toString() };
}
