// Two settings do not justify loading the validation library into the first view: checked by hand.
const API_MODES = ['demo', 'remote'] as const;

export interface AppConfig {
  /** 'demo' starts the embedded mock API in the page; 'remote' talks to VITE_API_BASE_URL. */
  apiMode: (typeof API_MODES)[number];
  demoLatencyMs: number;
}

const isApiMode = (value: unknown): value is AppConfig['apiMode'] => (API_MODES as readonly unknown[]).includes(value);

/** Reads the build-time settings once, refusing a misspelt mode instead of silently going wrong. */
export function readConfig(env: Record<string, unknown> = import.meta.env): AppConfig {
  const apiMode = env.VITE_API_MODE || 'demo';
  if (!isApiMode(apiMode)) throw new Error(`VITE_API_MODE must be one of ${API_MODES.join(', ')}, not "${String(apiMode)}"`);
  const demoLatencyMs = Number(env.VITE_DEMO_LATENCY_MS ?? 150);
  if (!Number.isInteger(demoLatencyMs) || demoLatencyMs < 0 || demoLatencyMs > 10_000) {
    throw new Error(`VITE_DEMO_LATENCY_MS must be a whole number from 0 to 10000, not "${String(env.VITE_DEMO_LATENCY_MS)}"`);
  }
  return { apiMode, demoLatencyMs };
}
