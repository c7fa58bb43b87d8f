import { useLayoutEffect, useState } from 'react';

/**
 * Where an element starts, in pixels from the top of the document, kept up to date as the content
 * above it changes height (filters opening, a notice appearing). Returns the value and a ref to attach.
 */
export function useDocumentTop<Element extends HTMLElement>(): [number, (element: Element | null) => void] {
  const [element, setElement] = useState<Element | null>(null);
  const [top, setTop] = useState(0);
  useLayoutEffect(() => {
    if (!element) return undefined;
    const measure = () => setTop(Math.round(element.getBoundingClientRect().top + window.scrollY));
    measure();
    // Anything above that grows or shrinks also changes the height of the body. (jsdom has no layout to observe.)
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [element]);
  return [top, setElement];
}
