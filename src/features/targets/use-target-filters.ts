import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  EMPTY_FILTERS,
  filtersFromSearchParams,
  filtersToSearchParams,
  type TargetFilters,
} from '../../domain/target-filters';

/** How long typing must pause before the search text is written into the URL. */
export const QUERY_URL_DELAY_MS = 300;

/**
 * The list's filters, kept in the URL so a copied link reproduces the same view. The search text
 * answers every key at once but reaches the URL only when typing pauses: each URL change re-renders
 * the whole route, which a person typing into a list of thousands should not wait for.
 */
export function useTargetFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const urlFilters = useMemo(() => filtersFromSearchParams(searchParams), [searchParams]);
  // Typed but not yet in the URL; kept until the URL has caught up, so the box never shows an older text.
  const [draftQuery, setDraftQuery] = useState<string | null>(null);
  // The same, for the setter below, which stays one function so the filter controls need not re-render.
  const draft = useRef<string | null>(null);
  const pendingWrite = useRef<ReturnType<typeof setTimeout> | null>(null);
  const query = draftQuery ?? urlFilters.query;
  const filters = useMemo(() => ({ ...urlFilters, query }), [urlFilters, query]);

  const changeDraft = useCallback((next: string | null) => {
    draft.current = next;
    setDraftQuery(next);
  }, []);
  useEffect(() => {
    if (draftQuery !== null && draftQuery === urlFilters.query) changeDraft(null);
  }, [draftQuery, urlFilters.query, changeDraft]);
  useEffect(() => () => cancelWrite(pendingWrite), []);

  const writeToUrl = useCallback(
    (change: Partial<TargetFilters>) => {
      setSearchParams((current) => filtersToSearchParams({ ...filtersFromSearchParams(current), ...change }), { replace: true });
    },
    [setSearchParams],
  );

  const setFilters = useCallback(
    (change: Partial<TargetFilters>) => {
      cancelWrite(pendingWrite);
      const typed = change.query;
      if (typed !== undefined && Object.keys(change).length === 1) {
        changeDraft(typed);
        pendingWrite.current = setTimeout(() => {
          pendingWrite.current = null;
          writeToUrl({ query: typed });
        }, QUERY_URL_DELAY_MS);
        return;
      }
      // Any other change goes to the URL at once, together with text still waiting to be written.
      const nextQuery = typed ?? draft.current;
      if (nextQuery !== null) changeDraft(nextQuery);
      writeToUrl(nextQuery === null ? change : { ...change, query: nextQuery });
    },
    [changeDraft, writeToUrl],
  );
  const clearFilters = useCallback(() => setFilters(EMPTY_FILTERS), [setFilters]);

  return { filters, setFilters, clearFilters };
}

function cancelWrite(pendingWrite: { current: ReturnType<typeof setTimeout> | null }) {
  if (pendingWrite.current) clearTimeout(pendingWrite.current);
  pendingWrite.current = null;
}
