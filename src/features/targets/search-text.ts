import { useEffect } from 'react';
import type { Target } from '../../domain/target';
import { createSearchTextLookup } from '../../domain/target-filters';

/**
 * Every target's folded search text, computed once per target version and shared by every visit to
 * the list, so leaving the page and coming back does not fold thousands of texts again.
 */
export const searchTextOf = createSearchTextLookup();

const SLICE_MS = 8;

type IdleHandle = ReturnType<typeof setTimeout> | number;
const whenIdle = (work: () => void): IdleHandle =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(work) : setTimeout(work, 0);
const cancelIdle = (handle: IdleHandle) => {
  if (typeof cancelIdleCallback === 'function' && typeof handle === 'number') cancelIdleCallback(handle);
  else clearTimeout(handle);
};

/**
 * Folds the targets' search text in short slices while the browser is idle after the list has shown,
 * so that neither the first view nor the first key typed waits for the whole plan to be folded.
 */
export function usePrefoldedSearchText(targets: readonly Target[] | undefined): void {
  useEffect(() => {
    if (!targets) return undefined;
    let next = 0;
    let handle: IdleHandle | null = null;
    const foldSlice = () => {
      const until = performance.now() + SLICE_MS;
      while (next < targets.length && performance.now() < until) {
        const target = targets[next];
        next += 1;
        if (target) searchTextOf(target);
      }
      handle = next < targets.length ? whenIdle(foldSlice) : null;
    };
    handle = whenIdle(foldSlice);
    return () => {
      if (handle !== null) cancelIdle(handle);
    };
  }, [targets]);
}
