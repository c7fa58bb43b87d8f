import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { seedRecordsFor } from '../../mocks/seed/datasets';
import { demoUsers } from '../../mocks/seed/users';
import { vantaa2020Illustrative } from '../../mocks/seed/vantaa-2020-illustrative';
import { vantaa2021 } from '../../mocks/seed/vantaa-2021';
import { hashPassword } from '../../server/auth/passwords';
import { csrfTokenFor, CSRF_HEADER, SESSION_COOKIE } from '../../server/auth/session-cookie';
import type { ServerConfig } from '../../server/config';
import { startServer, type RunningServer } from '../../server/start';
import { requestInit, sessionCache, sessionOf, toAnswer, type ContractAnswer, type ContractSession, type ContractTarget } from './contract-target';

/** Every demo person signs in with their id as the username and this password (test servers only). */
export const DEMO_PASSWORD = 'contract-test-password';

export interface ServerContractTarget extends ContractTarget {
  readonly kind: 'server';
  /** Opens the database and listens on a free loopback port. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Stops and starts the server on the same database: what lives only in memory (the sign-in limiter) is forgotten. */
  restart(): Promise<void>;
  readonly url: string;
  /** The database the server should be on, as GET /api/health names it. */
  readonly storageKind: 'sqlite' | 'postgres';
  /** POST /api/session with a username and password, as the SPA's sign-in page sends it. */
  signInWithPassword(username: string, password: string): Promise<ContractAnswer>;
  /** The session carried by a sign-in answer's cookie and CSRF token. */
  sessionFrom(userId: string, answer: ContractAnswer): ContractSession;
}

/** The value of the session cookie a Set-Cookie header list sets, or undefined. */
export function sessionCookieOf(setCookies: readonly string[]): string | undefined {
  const cookie = setCookies.find((line) => line.startsWith(`${SESSION_COOKIE}=`));
  return cookie?.slice(SESSION_COOKIE.length + 1).split(';')[0];
}

/**
 * The real server (server/start.ts) in this process, API only, with the built-in dataset and every demo person
 * able to sign in with DEMO_PASSWORD. On SQLite (a file in a temporary folder) unless `databaseUrl` is given.
 */
export function createServerTarget(options: {
  name: string;
  /** PostgreSQL's URL, or a function giving it at start (when it is made in beforeAll). */
  databaseUrl?: string | (() => string);
}): ServerContractTarget {
  let folder: string | null = null;
  let running: RunningServer | null = null;
  let passwordHash: Promise<string> | null = null;
  const config = (): ServerConfig => {
    folder ??= mkdtempSync(join(tmpdir(), 'tavoitevahti-contract-'));
    return {
      host: '127.0.0.1',
      port: 0,
      sqliteFile: join(folder, 'contract.sqlite'),
      databaseUrl: typeof options.databaseUrl === 'function' ? options.databaseUrl() : options.databaseUrl,
      staticDir: folder,
      seed: 'builtin',
      demoPassword: DEMO_PASSWORD,
      // Secure, as in production: the tests handle cookies themselves, so plain HTTP on loopback does not matter.
      cookieSecure: true,
      trustProxy: false,
    };
  };
  const server = () => {
    if (!running) throw new Error(`${options.name}: the server is not started (call start() in beforeAll)`);
    return running;
  };

  const cached = sessionCache(async (userId) => {
    const answer = await target.signInWithPassword(userId, DEMO_PASSWORD);
    if (answer.status !== 201) throw new Error(`${options.name}: ${userId} could not sign in: ${answer.status} ${answer.text}`);
    return target.sessionFrom(userId, answer);
  });

  const target: ServerContractTarget = {
    name: options.name,
    kind: 'server',
    storageKind: options.databaseUrl ? 'postgres' : 'sqlite',
    get url() {
      return server().url;
    },
    async start() {
      running = await startServer(config(), { serveApp: false });
    },
    async stop() {
      cached.clear();
      await running?.close();
      running = null;
      if (folder) rmSync(folder, { recursive: true, force: true });
      folder = null;
    },
    async restart() {
      await server().close();
      running = await startServer(config(), { serveApp: false });
    },
    async call(method, path, call) {
      const session = await sessionOf(call.as, cached.get);
      return toAnswer(await fetch(new URL(path, server().url), requestInit(method, session, call)));
    },
    signInWithPassword: (username, password) => target.call('POST', '/api/session', { as: null, body: { username, password } }),
    sessionFrom(userId, answer) {
      const cookie = sessionCookieOf(answer.headers.getSetCookie());
      const csrf = answer.body.token;
      if (!cookie || typeof csrf !== 'string') throw new Error(`${options.name}: the sign-in answer has no session cookie or token`);
      return { userId, headers: { Cookie: `${SESSION_COOKIE}=${cookie}`, [CSRF_HEADER]: csrf } };
    },
    async signIn(userId) {
      const answer = await target.signInWithPassword(userId, DEMO_PASSWORD);
      if (answer.status !== 201) throw new Error(`${options.name}: ${userId} could not sign in: ${answer.status} ${answer.text}`);
      return target.sessionFrom(userId, answer);
    },
    signOut: (session) => target.call('DELETE', '/api/session', { as: session }),
    // A made-up cookie with its matching CSRF token (anyone can compute it), so only the session itself is wrong.
    forgedSession: () => ({ userId: 'nobody', headers: { Cookie: `${SESSION_COOKIE}=made-up-token`, [CSRF_HEADER]: csrfTokenFor('made-up-token') } }),
    async reset() {
      cached.clear();
      const { storage } = server();
      await storage.reset([vantaa2021, vantaa2020Illustrative], seedRecordsFor(), demoUsers);
      passwordHash ??= hashPassword(DEMO_PASSWORD);
      const hash = await passwordHash;
      for (const user of demoUsers) await storage.putCredential({ userId: user.id, username: user.id, passwordHash: hash });
    },
  };
  return target;
}

/**
 * A schema of its own in the PostgreSQL database at `baseUrl`, so that this test file's server does not share
 * tables with other files running at the same time. `url` selects it through the connection's search_path.
 */
export async function createPostgresSchema(baseUrl: string, prefix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const schema = `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: baseUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE SCHEMA "${schema}"`);
  const url = new URL(baseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return { url: url.toString(), drop: () => admin(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`) };
}
