import { resolve } from 'node:path';

/** The real server's settings, from the environment (README: "Server mode"). */
export interface ServerConfig {
  host: string;
  port: number;
  /** The SQLite file, unless `databaseUrl` names PostgreSQL. */
  sqliteFile: string;
  databaseUrl: string | undefined;
  staticDir: string;
  /** Seed an empty database with the built-in Vantaa report and its people ('builtin'), or leave it empty ('none'). */
  seed: 'builtin' | 'none';
  /** When set, the seeded people can sign in with this password (username = their id): demos and tests only. */
  demoPassword: string | undefined;
  cookieSecure: boolean;
  trustProxy: boolean;
}

const flag = (value: string | undefined, fallback: boolean, name: string): boolean => {
  if (value === undefined || value === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(value.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(value.toLowerCase())) return false;
  throw new Error(`${name} must be true or false, not "${value}"`);
};

export function readServerConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not "${env.PORT}"`);
  const seed = env.TAVOITEVAHTI_SEED ?? 'builtin';
  if (seed !== 'builtin' && seed !== 'none') throw new Error(`TAVOITEVAHTI_SEED must be builtin or none, not "${seed}"`);
  const dataDir = resolve(env.DATA_DIR ?? 'data');
  return {
    host: env.HOST ?? '127.0.0.1',
    port,
    sqliteFile: env.SQLITE_FILE ?? resolve(dataDir, 'tavoitevahti.sqlite'),
    databaseUrl: env.DATABASE_URL || undefined,
    staticDir: resolve(env.STATIC_DIR ?? 'dist-server'),
    seed,
    demoPassword: env.TAVOITEVAHTI_DEMO_PASSWORD || undefined,
    cookieSecure: flag(env.COOKIE_SECURE, true, 'COOKIE_SECURE'),
    trustProxy: flag(env.TRUST_PROXY, false, 'TRUST_PROXY'),
  };
}
