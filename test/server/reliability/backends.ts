// The databases the reliability tests run the server on: a SQLite file always, PostgreSQL when TEST_DATABASE_URL is set.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface BackendDatabase {
  sqliteFile?: string;
  databaseUrl?: string;
  /** Removes the file or the schema. */
  drop: () => Promise<void>;
}

export interface Backend {
  name: 'SQLite' | 'PostgreSQL';
  /** A fresh, empty database of this kind. */
  create: () => Promise<BackendDatabase>;
}

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL?.trim() || undefined;

export const sqliteBackend: Backend = {
  name: 'SQLite',
  create: async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tavoitevahti-reliability-'));
    return { sqliteFile: join(dir, 'tavoitevahti.sqlite'), drop: async () => rmSync(dir, { recursive: true, force: true }) };
  },
};

/**
 * A schema of its own in the test database for each use (search_path in the URL), so these tests can run while other
 * suites reset the same database.
 */
export const postgresBackend = (url: string): Backend => ({
  name: 'PostgreSQL',
  create: async () => {
    const schema = `reliability_${randomBytes(6).toString('hex')}`;
    await withClient(url, (client) => client.query(`CREATE SCHEMA ${schema}`));
    const separator = url.includes('?') ? '&' : '?';
    return {
      databaseUrl: `${url}${separator}options=${encodeURIComponent(`-c search_path=${schema}`)}`,
      drop: () => withClient(url, (client) => client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)).then(() => undefined),
    };
  },
});

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** SQLite, and PostgreSQL when TEST_DATABASE_URL is set (otherwise says once that it is skipped). */
export function backendsUnderTest(): { backend: Backend; skip: boolean }[] {
  if (!TEST_DATABASE_URL) {
    console.info('PostgreSQL reliability tests skipped: TEST_DATABASE_URL is not set (see .ci/start-postgres.sh).');
  }
  return [
    { backend: sqliteBackend, skip: false },
    // Never created when skipped.
    { backend: postgresBackend(TEST_DATABASE_URL ?? ''), skip: !TEST_DATABASE_URL },
  ];
}
