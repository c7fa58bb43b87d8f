import { useEffect, useRef, useState } from 'react';

/** A ref and a way to focus its element after the next render, e.g. when a closed form gives way to its button. */
export function useFocusSoon<Element extends HTMLElement>() {
  const ref = useRef<Element>(null);
  const [requests, setRequests] = useState(0);
  useEffect(() => {
    if (requests > 0) ref.current?.focus();
  }, [requests]);
  return { ref, focusSoon: () => setRequests((count) => count + 1) };
}
