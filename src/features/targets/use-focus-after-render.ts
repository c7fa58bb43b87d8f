import { useCallback, useEffect, useRef } from 'react';

/**
 * Moves the focus to an element once the next render has put it on the page. When a form or the conflict view
 * closes, the button that was pressed leaves the page and the focus would fall back to the top of the page;
 * keyboard and screen-reader users are brought back to where they were instead.
 */
export function useFocusAfterRender() {
  const pending = useRef<(() => HTMLElement | null | undefined) | null>(null);
  useEffect(() => {
    const element = pending.current?.();
    if (!element) return;
    pending.current = null;
    element.focus();
  });
  return useCallback((find: () => HTMLElement | null | undefined) => {
    pending.current = find;
  }, []);
}
