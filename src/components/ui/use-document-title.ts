import { useEffect } from 'react';

/** Names the browser tab after the page, as screen readers announce it on navigation. */
export function useDocumentTitle(title: string | null) {
  useEffect(() => {
    if (title) document.title = `${title} – Tavoitevahti`;
  }, [title]);
}
