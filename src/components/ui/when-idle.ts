interface IdleOptions {
  /** At the latest after this long, even if the browser never falls idle. */
  timeoutMs?: number;
  /** Where the browser cannot tell when it is idle: how long to wait instead. */
  fallbackDelayMs?: number;
}

/** Runs `work` when the browser is idle; answers how to call it off. */
export function whenIdle(work: () => void, { timeoutMs, fallbackDelayMs = 0 }: IdleOptions = {}): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, timeoutMs === undefined ? undefined : { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(work, fallbackDelayMs);
  return () => clearTimeout(timer);
}
