import { useCallback, useRef } from 'react';

/**
 * User Timing mark set once per visit to the list, when its rows (or its "nothing to show") are first
 * in the page. The cold-start benchmark (test/bench) measures from the navigation to this mark, so keep
 * its name and moment.
 */
export const LIST_READY_MARK = 'tavoitevahti:list-ready';

/** A callback that sets the list-ready mark the first time it is called after the page mounted. */
export function useListReadyMark(): () => void {
  const marked = useRef(false);
  return useCallback(() => {
    if (marked.current) return;
    marked.current = true;
    performance.mark(LIST_READY_MARK);
  }, []);
}
