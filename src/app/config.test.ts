import { describe, expect, it } from 'vitest';
import { readConfig } from './config';

describe('app configuration', () => {
  it('runs on the embedded demo API by default', () => {
    expect(readConfig({})).toEqual({ apiMode: 'demo', demoLatencyMs: 150 });
  });

  it('reads the remote mode and the demo latency', () => {
    expect(readConfig({ VITE_API_MODE: 'remote', VITE_DEMO_LATENCY_MS: '0' })).toEqual({ apiMode: 'remote', demoLatencyMs: 0 });
  });

  it('refuses a misspelt mode instead of guessing', () => {
    expect(() => readConfig({ VITE_API_MODE: 'demoo' })).toThrow();
  });
});

describe('app configuration limits', () => {
  it('refuses a latency that is not a whole number of milliseconds up to ten seconds', () => {
    for (const latency of ['-1', 'abc', '1.5', '10001']) expect(() => readConfig({ VITE_DEMO_LATENCY_MS: latency })).toThrow(/VITE_DEMO_LATENCY_MS/);
  });
});
