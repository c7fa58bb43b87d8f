/** How many failed sign-ins a username or an address may make within the window before it must wait. */
export interface LoginLimits {
  maxFailures: number;
  windowMs: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = { maxFailures: 5, windowMs: 15 * 60 * 1000 };

/**
 * Slows password guessing: after `maxFailures` failed attempts for the same username or from the same
 * address within `windowMs`, further attempts are refused (429) until the oldest failure leaves the window.
 * Kept in memory: a restart forgets it, which costs an attacker a restart they cannot cause.
 */
export function createLoginLimiter(limits: LoginLimits = DEFAULT_LOGIN_LIMITS, now: () => number = Date.now) {
  const failures = new Map<string, number[]>();
  const keys = (username: string, address: string) => [`user:${username.toLowerCase()}`, `address:${address}`];
  const recent = (key: string) => {
    const since = now() - limits.windowMs;
    const kept = (failures.get(key) ?? []).filter((at) => at > since);
    if (kept.length > 0) failures.set(key, kept);
    else failures.delete(key);
    return kept;
  };

  return {
    /** Seconds to wait before trying again, or 0 when an attempt is allowed now. */
    retryAfterSeconds(username: string, address: string): number {
      const waits = keys(username, address).map((key) => {
        const times = recent(key);
        if (times.length < limits.maxFailures) return 0;
        const oldest = times[times.length - limits.maxFailures] ?? now();
        return Math.max(1, Math.ceil((oldest + limits.windowMs - now()) / 1000));
      });
      return Math.max(...waits);
    },
    failed(username: string, address: string) {
      for (const key of keys(username, address)) failures.set(key, [...recent(key), now()]);
    },
    succeeded(username: string) {
      failures.delete(`user:${username.toLowerCase()}`);
    },
  };
}

export type LoginLimiter = ReturnType<typeof createLoginLimiter>;
