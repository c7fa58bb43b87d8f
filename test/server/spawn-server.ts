// The real server as its own process (`node --import tsx server/main.ts`), for tests and benchmarks that must
// treat it as a black box: kill it, restart it on the same database, load it over real HTTP.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { PlanData } from '../../src/domain/plan-data';
import type { User } from '../../src/domain/user';
import { hashPassword } from '../../server/auth/passwords';
import { openServerStorage } from '../../server/storage/open-storage';
import type { ServerStorage } from '../../server/storage/server-storage';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const START_TIMEOUT_MS = 30_000;

export interface SpawnedServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string;
  pid: number;
  /** Sends `signal` (SIGKILL by default: no clean shutdown) and resolves when the process has exited. */
  kill: (signal?: NodeJS.Signals) => Promise<void>;
  /** SIGTERM (the server closes its database), SIGKILL after 5 s; resolves when the process has exited. */
  stop: () => Promise<void>;
  /** Everything the process printed so far, for failure messages. */
  output: () => string;
}

export interface SpawnOptions {
  /** The SQLite file, unless `databaseUrl` is set. */
  sqliteFile?: string;
  /** `postgres://…`: the server stores its data there instead. */
  databaseUrl?: string;
  /** More environment (e.g. TAVOITEVAHTI_SEED=builtin, TAVOITEVAHTI_DEMO_PASSWORD); wins over the defaults. */
  env?: Record<string, string>;
  /** More options for node, e.g. ['--cpu-prof'] to profile the server. */
  nodeArgs?: string[];
}

/**
 * Starts the server on a free loopback port (PORT=0, the URL read from its start-up line) with the API alone,
 * plain-HTTP cookies and no seeding unless `env` says otherwise, and waits until /api/health answers 200.
 */
export async function spawnServer(options: SpawnOptions): Promise<SpawnedServer> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: options.databaseUrl ?? '',
    SQLITE_FILE: options.sqliteFile ?? '',
    TAVOITEVAHTI_SEED: 'none',
    TAVOITEVAHTI_API_ONLY: '1',
    COOKIE_SECURE: 'false',
    ...options.env,
  };
  if (!options.databaseUrl && !options.sqliteFile) throw new Error('spawnServer needs sqliteFile or databaseUrl');
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), '--import', 'tsx', 'server/main.ts'], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => (output += text));
  child.stderr.setEncoding('utf8').on('data', (text: string) => (output += text));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  try {
    const url = await startedUrl(child, () => output);
    await waitForHealth(url, () => output);
    return {
      url,
      pid: child.pid ?? -1,
      kill: (signal = 'SIGKILL') => killAndWait(child, exited, signal),
      stop: async () => {
        const forced = setTimeout(() => child.kill('SIGKILL'), 5000);
        await killAndWait(child, exited, 'SIGTERM');
        clearTimeout(forced);
      },
      output: () => output,
    };
  } catch (error) {
    await killAndWait(child, exited, 'SIGKILL');
    throw error;
  }
}

async function killAndWait(child: ChildProcess, exited: Promise<void>, signal: NodeJS.Signals) {
  if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  await exited;
}

/** The URL of main.ts's start-up line ("Tavoitevahti server on http://127.0.0.1:PORT — …"). */
function startedUrl(child: ChildProcess, output: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`The server did not start within ${START_TIMEOUT_MS} ms:\n${output()}`)), START_TIMEOUT_MS);
    const onData = () => {
      const match = /server on (http:\/\/[^\s]+)/.exec(output());
      if (match?.[1]) done(() => resolve(match[1] as string));
    };
    const onExit = (code: number | null, signal: string | null) =>
      fail(new Error(`The server exited (${signal ?? `code ${code}`}) before it started:\n${output()}`));
    const done = (settle: () => void) => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.off('exit', onExit);
      settle();
    };
    const fail = (error: Error) => done(() => reject(error));
    child.stdout?.on('data', onData);
    child.once('exit', onExit);
  });
}

async function waitForHealth(url: string, output: () => string) {
  const deadline = Date.now() + START_TIMEOUT_MS;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.status === 200) return;
      last = `status ${response.status}`;
    } catch (error) {
      last = String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url}/api/health did not answer 200 (${last}):\n${output()}`);
}

export interface SeedOptions {
  sqliteFile?: string;
  databaseUrl?: string;
  plans: PlanData[];
  /** Measures and projects, as ServerStorage.reset takes them. */
  records?: Parameters<ServerStorage['reset']>[1];
  users: readonly User[];
  /** Every user can sign in with username = id and this password. */
  password: string;
}

/**
 * Empties the database and fills it with `plans` and `users` (credentials included) by opening the store
 * directly, before a server with TAVOITEVAHTI_SEED=none is started on it.
 */
export async function seedDatabase({ sqliteFile, databaseUrl, plans, records = {}, users, password }: SeedOptions): Promise<void> {
  const storage = await openServerStorage({ databaseUrl, sqliteFile: sqliteFile ?? ':memory:' });
  try {
    await storage.reset(plans, records, [...users]);
    const passwordHash = await hashPassword(password);
    for (const user of users) await storage.putCredential({ userId: user.id, username: user.id, passwordHash });
  } finally {
    await storage.close();
  }
}

export interface ApiAnswer<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/**
 * A signed-in person talking JSON to the server the way the SPA does: the session cookie on every call
 * and the CSRF token on writes.
 */
export class ApiClient {
  private cookie = '';
  private csrfToken = '';

  constructor(readonly baseUrl: string) {}

  static async signedIn(baseUrl: string, username: string, password: string): Promise<ApiClient> {
    const client = new ApiClient(baseUrl);
    await client.signIn(username, password);
    return client;
  }

  async signIn(username: string, password: string): Promise<void> {
    const response = await fetch(`${this.baseUrl}/api/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    const body = (await response.json()) as { token?: string };
    const cookie = response.headers.getSetCookie().find((line) => line.startsWith('tavoitevahti_session='));
    if (response.status !== 201 || !cookie || !body.token) {
      throw new Error(`Signing in as ${username} failed: ${response.status} ${JSON.stringify(body)}`);
    }
    this.cookie = cookie.split(';')[0] ?? '';
    this.csrfToken = body.token;
  }

  /** Any request with the session; `body` is sent as given when it is a string, else as JSON. */
  async call<T = unknown>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiAnswer<T>> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        Cookie: this.cookie,
        ...(method === 'GET' ? {} : { 'X-CSRF-Token': this.csrfToken }),
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // Not JSON: the text itself is the answer.
    }
    return { status: response.status, body: parsed as T, headers: response.headers };
  }

  get<T = unknown>(path: string) {
    return this.call<T>('GET', path);
  }

  patch<T = unknown>(path: string, body: unknown) {
    return this.call<T>('PATCH', path, body);
  }

  /** The cookie and CSRF headers of this session, for a hand-made request (e.g. a streamed body). */
  sessionHeaders(): Record<string, string> {
    return { Cookie: this.cookie, 'X-CSRF-Token': this.csrfToken };
  }
}
