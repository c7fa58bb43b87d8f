import { describe, expect, it } from 'vitest';
import { createLoginLimiter } from './login-limiter';

describe('login limiter', () => {
  const limits = { maxFailures: 3, windowMs: 60_000 };

  it('lets attempts through until a username has failed maxFailures times, then says how long to wait', () => {
    let now = 0;
    const limiter = createLoginLimiter(limits, () => now);
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect(limiter.retryAfterSeconds('Katri', '10.0.0.1')).toBe(0);
      limiter.failed('Katri', `10.0.0.${attempt + 1}`);
      now += 1_000;
    }
    // The same username from yet another address waits until the oldest failure leaves the window.
    expect(limiter.retryAfterSeconds('katri', '10.0.0.9')).toBe(57);
    now = 60_001;
    expect(limiter.retryAfterSeconds('katri', '10.0.0.9')).toBe(0);
  });

  it('limits an address that guesses across many usernames', () => {
    const limiter = createLoginLimiter(limits, () => 0);
    for (const name of ['a', 'b', 'c']) limiter.failed(name, '192.0.2.7');
    expect(limiter.retryAfterSeconds('d', '192.0.2.7')).toBeGreaterThan(0);
    expect(limiter.retryAfterSeconds('d', '192.0.2.8')).toBe(0);
  });

  it("forgets a username's failures when its owner signs in", () => {
    const limiter = createLoginLimiter(limits, () => 0);
    limiter.failed('maija', '1');
    limiter.failed('maija', '2');
    limiter.succeeded('Maija');
    limiter.failed('maija', '3');
    expect(limiter.retryAfterSeconds('maija', '4')).toBe(0);
  });
});
