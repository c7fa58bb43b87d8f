import { useEffect } from 'react';
import type { Target } from '../../domain/target';
import { createSearchTextLookup } from '../../domain/target-filters';
import { whenIdle } from '../../components/ui/when-idle';

/**
 * Every target's folded search text, computed once per target version and shared by every visit to
 * the list, so leaving the page and coming back does not fold thousands of texts again.
 */
export const searchTextOf = createSearchTextLookup();

const SLICE_MS = 8;

/**
 * Folds the targets' search text in short slices while the browser is idle after the list has shown,
 * so that neither the first view nor the first key typed waits for the whole plan to be folded.
 */
export function usePrefoldedSearchText(targets: readonly Target[] | undefined): void {
  useEffect(() => {
    if (!targets) return undefined;
    let next = 0;
    const foldSlice = () => {
      const until = performance.now() + SLICE_MS;
      while (next < targets.length && performance.now() < until) {
        const target = targets[next];
        next += 1;
        if (target) searchTextOf(target);
      }
      if (next < targets.length) cancel = whenIdle(foldSlice);
    };
    let cancel = whenIdle(foldSlice);
    return () => cancel();
  }, [targets]);
}
