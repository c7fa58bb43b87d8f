import type BetterSqlite3 from 'better-sqlite3';
import type { Pool } from 'pg';
import { inLockedTransaction } from './postgres-transaction';

/**
 * The database schema, one version at a time. A migration that has shipped is never edited: add the next version.
 * Entities are kept whole as JSON (`data`), next to the columns they are looked up by; `seq` keeps insertion order,
 * which the lists return (like the memory store). PostgreSQL stores `json`, not `jsonb`: jsonb reorders object keys,
 * and the audit and review diffs compare values by their JSON text, so a reordered copy would look changed.
 */
export interface Migration {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
}

/** Both dialects from one description: `seq`, `json` and the primary key differ, the rest is the same SQL. */
function schema(dialect: 'sqlite' | 'postgres'): string {
  const seq = dialect === 'sqlite' ? 'seq INTEGER PRIMARY KEY AUTOINCREMENT' : 'seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY';
  const json = dialect === 'sqlite' ? 'TEXT' : 'JSON';
  return `
CREATE TABLE plans (${seq}, id TEXT NOT NULL UNIQUE, data ${json} NOT NULL);
CREATE TABLE themes (${seq}, id TEXT NOT NULL UNIQUE, plan_id TEXT NOT NULL REFERENCES plans (id), data ${json} NOT NULL);
CREATE INDEX themes_by_plan ON themes (plan_id, seq);
CREATE TABLE goals (${seq}, id TEXT NOT NULL UNIQUE, plan_id TEXT NOT NULL REFERENCES plans (id), data ${json} NOT NULL);
CREATE INDEX goals_by_plan ON goals (plan_id, seq);
CREATE TABLE targets (${seq}, id TEXT NOT NULL UNIQUE, plan_id TEXT NOT NULL REFERENCES plans (id), data ${json} NOT NULL);
CREATE INDEX targets_by_plan ON targets (plan_id, seq);
CREATE TABLE applied_edits (edit_id TEXT PRIMARY KEY, target_id TEXT NOT NULL, data ${json} NOT NULL);
CREATE TABLE records (${seq}, kind TEXT NOT NULL, id TEXT NOT NULL, data ${json} NOT NULL, CONSTRAINT records_kind_id UNIQUE (kind, id));
CREATE INDEX records_by_kind ON records (kind, seq);
CREATE TABLE users (${seq}, id TEXT NOT NULL UNIQUE, data ${json} NOT NULL);
CREATE TABLE credentials (
  user_id TEXT PRIMARY KEY REFERENCES users (id),
  username TEXT NOT NULL,
  username_key TEXT NOT NULL CONSTRAINT credentials_username_unique UNIQUE,
  password_hash TEXT NOT NULL
);
CREATE TABLE sessions (token TEXT PRIMARY KEY, user_id TEXT NOT NULL, expires_at TEXT NOT NULL, data ${json} NOT NULL);
CREATE INDEX sessions_by_expiry ON sessions (expires_at);
CREATE TABLE audit (
  ${seq}, id TEXT NOT NULL UNIQUE, entity TEXT NOT NULL, entity_id TEXT NOT NULL, plan_id TEXT, data ${json} NOT NULL
);
CREATE INDEX audit_by_entity ON audit (entity, entity_id, seq);
CREATE INDEX audit_by_plan ON audit (plan_id, seq);
CREATE TABLE reviews (${seq}, id TEXT NOT NULL UNIQUE, plan_id TEXT NOT NULL, target_id TEXT NOT NULL, data ${json} NOT NULL);
CREATE INDEX reviews_by_plan ON reviews (plan_id, seq);
`;
}

const PLAN_TABLES = ['plans', 'themes', 'goals', 'targets'] as const;

/**
 * Version 2: one counter that every change to plans, themes, goals or targets raises (by trigger, so a write from any
 * process counts). The server caches a plan's serialised targets under it and answers ETag / 304 with it.
 */
function dataRevision(dialect: 'sqlite' | 'postgres'): string {
  const table = 'CREATE TABLE data_revision (id INTEGER PRIMARY KEY CHECK (id = 1), revision BIGINT NOT NULL);\nINSERT INTO data_revision (id, revision) VALUES (1, 0);\n';
  if (dialect === 'sqlite') {
    return (
      table +
      PLAN_TABLES.flatMap((name) =>
        ['INSERT', 'UPDATE', 'DELETE'].map(
          (event) => `CREATE TRIGGER ${name}_${event.toLowerCase()}_revision AFTER ${event} ON ${name} BEGIN UPDATE data_revision SET revision = revision + 1 WHERE id = 1; END;`,
        ),
      ).join('\n')
    );
  }
  return (
    table +
    `CREATE FUNCTION bump_data_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE data_revision SET revision = revision + 1 WHERE id = 1;
  RETURN NULL;
END $$;\n` +
    PLAN_TABLES.map(
      (name) => `CREATE TRIGGER ${name}_revision AFTER INSERT OR UPDATE OR DELETE ON ${name} FOR EACH STATEMENT EXECUTE FUNCTION bump_data_revision();`,
    ).join('\n')
  );
}

export const migrations: readonly Migration[] = [
  { version: 1, name: 'plans, people, sessions, audit and reviews', sqlite: schema('sqlite'), postgres: schema('postgres') },
  { version: 2, name: 'data revision of plans, themes, goals and targets', sqlite: dataRevision('sqlite'), postgres: dataRevision('postgres') },
];

const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL
)`;

/** Migrations not yet applied, in order; refuses a database made by a newer version of the server. */
function pending(applied: readonly number[], all: readonly Migration[]): Migration[] {
  const latest = Math.max(0, ...all.map((migration) => migration.version));
  const newest = Math.max(0, ...applied);
  if (newest > latest) {
    throw new Error(`The database has schema version ${newest}, newer than this server knows (${latest}). Update the server.`);
  }
  const done = new Set(applied);
  return [...all].sort((a, b) => a.version - b.version).filter((migration) => !done.has(migration.version));
}

/** Brings a SQLite database up to date in one transaction; returns the versions applied now. */
export function migrateSqlite(db: BetterSqlite3.Database, all: readonly Migration[] = migrations): number[] {
  const run = db.transaction(() => {
    db.exec(CREATE_MIGRATIONS_TABLE);
    const applied = db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[];
    const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
    return pending(applied, all).map((migration) => {
      db.exec(migration.sqlite);
      record.run(migration.version, migration.name, new Date().toISOString());
      return migration.version;
    });
  });
  // IMMEDIATE: a second process opening the same file waits here instead of migrating alongside.
  return run.immediate();
}

/** Serialises migrations of servers starting at the same time against one PostgreSQL database. */
const MIGRATION_LOCK = 7_245_002;

/** Brings a PostgreSQL database up to date in one transaction; returns the versions applied now. */
export async function migratePostgres(pool: Pool, all: readonly Migration[] = migrations): Promise<number[]> {
  return inLockedTransaction(pool, { exclusive: MIGRATION_LOCK }, async (client) => {
    await client.query(CREATE_MIGRATIONS_TABLE);
    const applied = (await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((row) => row.version);
    const done: number[] = [];
    for (const migration of pending(applied, all)) {
      await client.query(migration.postgres);
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
        migration.version,
        migration.name,
        new Date().toISOString(),
      ]);
      done.push(migration.version);
    }
    return done;
  });
}
