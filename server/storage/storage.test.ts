import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceStorage } from '../../mocks/service/storage';
import { generateLargePlan } from '../../mocks/seed/large-plan';
import { vantaa2021 } from '../../mocks/seed/vantaa-2021';
import { createMemoryStorage } from '../../mocks/storage/memory-storage';
import { migratePostgres, migrateSqlite, migrations } from './migrations';
import { isPostgresUrl, openServerStorage } from './open-storage';
import { openPostgresStorage } from './postgres-storage';
import type { ServerStorage } from './server-storage';
import { backupSqlite, openSqliteStorage, type SqliteServerStorage } from './sqlite-storage';
import { describeServiceStorage } from './storage.conformance';
import { describeServerStorage } from './storage.server-conformance';

const folder = mkdtempSync(join(tmpdir(), 'tavoitevahti-storage-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
let files = 0;
let lastFile = '';
const nextFile = () => (lastFile = join(folder, `store-${(files += 1)}.sqlite`));

function sqliteVersions(file: string): number[] {
  const db = new Database(file);
  try {
    return db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all() as number[];
  } finally {
    db.close();
  }
}

const sqliteFactory = {
  open: async () => openSqliteStorage(nextFile()),
  reopen: async () => openSqliteStorage(lastFile),
  close: (storage: ServiceStorage) => (storage as SqliteServerStorage).close(),
  migrateAgain: async () => {
    const db = new Database(lastFile);
    try {
      return migrateSqlite(db);
    } finally {
      db.close();
    }
  },
  schemaVersions: async () => sqliteVersions(lastFile),
  // Two stores in one process share its event loop, and SQLite waits for a lock synchronously.
  sharedByInstances: false,
};

describeServiceStorage('memory', { open: async () => createMemoryStorage(), close: async () => undefined });
describeServiceStorage('SQLite', sqliteFactory);
describeServerStorage('SQLite', sqliteFactory);

// PostgreSQL runs when TEST_DATABASE_URL names a database (.ci/start-postgres.sh starts one); each run of this file
// works in a schema of its own, so other suites on the same database are not disturbed.
const databaseUrl = process.env.TEST_DATABASE_URL;
const postgresAvailable = isPostgresUrl(databaseUrl);
if (!postgresAvailable) {
  console.warn('Skipping the PostgreSQL storage tests: TEST_DATABASE_URL is not set (run .ci/start-postgres.sh to get one).');
}
const schema = `storage_test_${process.pid}_${Date.now()}`;
const schemaUrl = postgresAvailable
  ? `${databaseUrl}${databaseUrl.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`
  : '';

async function withPool<T>(url: string, work: (pool: pg.Pool) => Promise<T>): Promise<T> {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  try {
    return await work(pool);
  } finally {
    await pool.end();
  }
}

const postgresFactory = {
  open: async () => {
    const storage = await openPostgresStorage(schemaUrl);
    await storage.reset([]);
    return storage;
  },
  reopen: () => openPostgresStorage(schemaUrl),
  close: (storage: ServiceStorage) => (storage as ServerStorage).close(),
  migrateAgain: () => withPool(schemaUrl, (pool) => migratePostgres(pool)),
  schemaVersions: () =>
    withPool(schemaUrl, async (pool) =>
      (await pool.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version')).rows.map((row) => row.version),
    ),
  sharedByInstances: true,
};

if (postgresAvailable) {
  beforeAll(() => withPool(databaseUrl, (pool) => pool.query(`CREATE SCHEMA ${schema}`)));
  afterAll(() => withPool(databaseUrl, (pool) => pool.query(`DROP SCHEMA ${schema} CASCADE`)));
}

describe.skipIf(!postgresAvailable)('PostgreSQL', () => {
  describeServiceStorage('PostgreSQL', postgresFactory);
  describeServerStorage('PostgreSQL', postgresFactory);
});

describe('SQLite file', () => {
  it('is kept in WAL mode', async () => {
    const file = nextFile();
    const storage = openSqliteStorage(file);
    await storage.close();
    const db = new Database(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('checkpoints the WAL into the database file from a worker, not in the commit that crosses a threshold', async () => {
    const file = nextFile();
    const storage = openSqliteStorage(file);
    await storage.reset([vantaa2021]);
    // The main file alone (no -wal beside it) holds the plan once the worker has checkpointed.
    const copy = join(folder, 'main-file-only.sqlite');
    await expect
      .poll(
        () => {
          copyFileSync(file, copy);
          const db = new Database(copy, { readonly: true });
          try {
            return db.prepare('SELECT count(*) FROM targets').pluck().get();
          } catch {
            return 0;
          } finally {
            db.close();
          }
        },
        { timeout: 10_000, interval: 300 },
      )
      .toBe(vantaa2021.targets.length);
    await storage.close();
  });

  it('refuses a database made by a newer server', async () => {
    const file = nextFile();
    await openSqliteStorage(file).close();
    const db = new Database(file);
    db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', '2030-01-01')").run();
    db.close();
    expect(() => openSqliteStorage(file)).toThrow(`schema version 99, newer than this server knows (${migrations.length})`);
  });

  it('makes an online backup that opens as a store of its own', async () => {
    const storage = openSqliteStorage(nextFile());
    await storage.reset([vantaa2021]);
    const fromStore = join(folder, 'backup-from-store.sqlite');
    const fromFile = join(folder, 'backup-from-file.sqlite');
    await backupSqlite(storage, fromStore);
    await storage.putTarget({ ...vantaa2021.targets[0]!, version: 2 });
    await backupSqlite(storage.file, fromFile);
    await storage.close();
    for (const [file, version] of [
      [fromStore, 1],
      [fromFile, 2],
    ] as const) {
      const copy = openSqliteStorage(file);
      expect((await copy.listTargets(vantaa2021.plan.id)).length).toBe(vantaa2021.targets.length);
      expect((await copy.getTarget(vantaa2021.targets[0]!.id))?.version).toBe(version);
      await copy.close();
    }
  });

  it('is what openServerStorage opens without a PostgreSQL URL, creating the folder', async () => {
    const file = join(folder, 'new', 'folder', 'tavoitevahti.sqlite');
    const storage = await openServerStorage({ databaseUrl: 'file:ignored', sqliteFile: file });
    expect(storage.kind).toBe('sqlite');
    expect(await storage.isEmpty()).toBe(true);
    await storage.close();
    expect(sqliteVersions(file)).toEqual(migrations.map((migration) => migration.version));
  });
});

describe('throughput (printed, not asserted)', () => {
  const plan = generateLargePlan({ n: 2000 });
  const stores: [string, () => Promise<ServiceStorage & { close?: () => Promise<void> }>, boolean][] = [
    ['memory', async () => createMemoryStorage(), true],
    ['SQLite', async () => openSqliteStorage(nextFile()), true],
    ['PostgreSQL', () => postgresFactory.open(), postgresAvailable],
  ];
  for (const [name, open, available] of stores) {
    it.runIf(available)(`lists the 2 000 targets of a plan on ${name}`, async () => {
      const storage = await open();
      const seeding = performance.now();
      await storage.reset([plan]);
      const seeded = performance.now() - seeding;
      expect(await storage.listTargets(plan.plan.id)).toHaveLength(2000);
      const rounds = 20;
      const start = performance.now();
      for (let round = 0; round < rounds; round += 1) await storage.listTargets(plan.plan.id);
      const perList = (performance.now() - start) / rounds;
      console.log(`${name}: reset with 2 000 targets ${seeded.toFixed(1)} ms; listTargets ${perList.toFixed(2)} ms (mean of ${rounds})`);
      await storage.close?.();
    });
  }
});
