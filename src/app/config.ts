import { z } from 'zod';

const configSchema = z.object({
  /** 'demo' starts the embedded mock API in the page; 'remote' talks to VITE_API_BASE_URL. */
  apiMode: z.enum(['demo', 'remote']),
  demoLatencyMs: z.coerce.number().int().min(0).max(10_000),
});

export type AppConfig = z.infer<typeof configSchema>;

/** Reads the build-time settings once, refusing a misspelt mode instead of silently going wrong. */
export function readConfig(env: Record<string, unknown> = import.meta.env): AppConfig {
  return configSchema.parse({
    apiMode: env.VITE_API_MODE || 'demo',
    demoLatencyMs: env.VITE_DEMO_LATENCY_MS ?? 150,
  });
}
