import pg from 'pg';
import type { AuditEntry } from '../../src/domain/audit';
import type { Goal, Plan, Theme } from '../../src/domain/plan';
import type { PlanData } from '../../src/domain/plan-data';
import type { Target } from '../../src/domain/target';
import type { User } from '../../src/domain/user';
import type { AppliedEdit, StoredRecord, StoredReview, StoredSession } from '../../mocks/service/storage';
import { AtomicScope, SerialQueue } from './atomic-scope';
import { migratePostgres } from './migrations';
import { inLockedTransaction, type TransactionLock } from './postgres-transaction';
import { credentialFromRow, noPlanError, usernameKey, UsernameTakenError, type CredentialRow, type ServerStorage } from './server-storage';

/**
 * Atomic blocks hold this transaction-level advisory lock: exclusively when they have no key (serialised across all
 * server processes on the database; within one process they also queue, so they do not hold pool connections idle),
 * shared when keyed, together with a lock of their key, so edits of different targets run in parallel.
 */
export const ATOMIC_LOCK = 7_245_001;
/** The first half of the two-part advisory locks of keyed blocks (the second is a hash of the key). */
const KEYED_LOCK_SPACE = 7245;

type PlanPart = 'themes' | 'goals' | 'targets';
const json = (value: unknown) => JSON.stringify(value);
const pgCode = (error: unknown) => (error as { code?: unknown }).code;

export interface PostgresStorageOptions {
  /** Most connections the pool opens; pg's default is 10. */
  maxConnections?: number;
}

/**
 * Opens (and migrates) the PostgreSQL store at `url`. Entities are `json` columns (key order kept, see migrations.ts).
 * An atomic block runs on one connection in one transaction holding ATOMIC_LOCK; storage calls made inside it go to
 * that connection (AsyncLocalStorage), every other call to the pool.
 */
export async function openPostgresStorage(url: string, options: PostgresStorageOptions = {}): Promise<ServerStorage> {
  const pool = new pg.Pool({ connectionString: url, max: options.maxConnections ?? 10 });
  // An idle connection that drops (server restart) is reported here; without a listener it would crash the process.
  pool.on('error', (error) => console.error('PostgreSQL connection lost:', error.message));
  try {
    await migratePostgres(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  const scope = new AtomicScope<pg.PoolClient>();
  let closed = false;

  // A block's client takes one statement at a time: the services read in parallel (Promise.all), which pg
  // queues on one client for now but will refuse from pg 9, so the statements wait their turn here instead.
  const clientQueues = new WeakMap<pg.PoolClient, SerialQueue>();
  const send = <R extends pg.QueryResultRow>(config: pg.QueryConfig): Promise<pg.QueryResult<R>> => {
    const client = scope.current();
    if (!client) return pool.query<R>(config);
    let queue = clientQueues.get(client);
    if (!queue) clientQueues.set(client, (queue = new SerialQueue()));
    return queue.run(() => client.query<R>(config));
  };
  /** A named statement: each connection prepares it once and reuses the plan. */
  const query = <R extends pg.QueryResultRow>(name: string, text: string, values: unknown[] = []) => send<R>({ name, text, values });
  const one = async <T>(name: string, text: string, values: unknown[]) =>
    (await query<{ data: T }>(name, text, values)).rows[0]?.data;
  const many = async <T>(name: string, text: string, values: unknown[] = []) =>
    (await query<{ data: T }>(name, text, values)).rows.map((row) => row.data);

  async function atomically<T>(work: () => Promise<T>, options?: { key: string }): Promise<T> {
    if (scope.current()) return work();
    const inTransaction = (lock: TransactionLock) => inLockedTransaction(pool, lock, (client) => scope.within(client, work));
    // Keyed blocks (one target's edit) run side by side on the pool; the others wait their turn here first,
    // rather than each holding a pooled connection while it waits for the lock.
    if (options) return inTransaction({ global: ATOMIC_LOCK, keySpace: KEYED_LOCK_SPACE, key: options.key });
    return scope.queue.run(() => inTransaction({ exclusive: ATOMIC_LOCK }));
  }

  /** Several statements as one: inside a block they join it, outside they form their own. */
  const together = <T>(work: () => Promise<T>) => (scope.current() ? work() : atomically(work));

  async function putPart(part: PlanPart, item: Theme | Goal | Target) {
    try {
      await query(
        `put-${part}`,
        `INSERT INTO ${part} (id, plan_id, data) VALUES ($1, $2, $3)
         ON CONFLICT (id) DO UPDATE SET plan_id = excluded.plan_id, data = excluded.data`,
        [item.id, item.planId, json(item)],
      );
    } catch (error) {
      if (pgCode(error) === '23503') throw noPlanError(item.planId);
      throw error;
    }
  }

  /** Inserts rows in the given order (so `seq` follows it) with one statement. */
  async function insertMany(name: string, table: string, columns: string[], rows: unknown[][]) {
    if (rows.length === 0) return;
    const arrays = columns.map((_, index) => rows.map((row) => row[index]));
    const casts = columns.map((_column, index) => `$${index + 1}::text[]`).join(', ');
    const select = columns.map((column) => (column === 'data' ? 'data::json' : column)).join(', ');
    await query(
      `insert-many-${name}`,
      `INSERT INTO ${table} (${columns.join(', ')})
       SELECT ${select} FROM unnest(${casts}) WITH ORDINALITY AS t(${columns.join(', ')}, n) ORDER BY n`,
      arrays,
    );
  }

  async function insertPlans(plans: readonly PlanData[]) {
    await insertMany('plans', 'plans', ['id', 'data'], plans.map((data) => [data.plan.id, json(data.plan)]));
    for (const part of ['themes', 'goals', 'targets'] as const) {
      const rows = plans.flatMap((data) => data[part].map((item) => [item.id, item.planId, json(item)]));
      await insertMany(part, part, ['id', 'plan_id', 'data'], rows);
    }
  }

  const credentialColumns = 'user_id, username, password_hash';

  return {
    kind: 'postgres',
    listPlans: () => many<Plan>('list-plans', 'SELECT data FROM plans ORDER BY seq'),
    getPlan: (planId) => one<Plan>('get-plan', 'SELECT data FROM plans WHERE id = $1', [planId]),
    listThemes: (planId) => many<Theme>('list-themes', 'SELECT data FROM themes WHERE plan_id = $1 ORDER BY seq', [planId]),
    listGoals: (planId) => many<Goal>('list-goals', 'SELECT data FROM goals WHERE plan_id = $1 ORDER BY seq', [planId]),
    listTargets: (planId) => many<Target>('list-targets', 'SELECT data FROM targets WHERE plan_id = $1 ORDER BY seq', [planId]),
    getTheme: (themeId) => one<Theme>('get-theme', 'SELECT data FROM themes WHERE id = $1', [themeId]),
    getGoal: (goalId) => one<Goal>('get-goal', 'SELECT data FROM goals WHERE id = $1', [goalId]),
    getTarget: (targetId) => one<Target>('get-target', 'SELECT data FROM targets WHERE id = $1', [targetId]),
    putTarget: (target) => putPart('targets', target),
    putTheme: (theme) => putPart('themes', theme),
    putGoal: (goal) => putPart('goals', goal),
    putPlan: async (plan) => {
      const result = await query('put-plan', 'UPDATE plans SET data = $2 WHERE id = $1', [plan.id, json(plan)]);
      if (result.rowCount === 0) throw noPlanError(plan.id);
    },
    deleteGoal: async (goalId) => {
      await query('delete-goal', 'DELETE FROM goals WHERE id = $1', [goalId]);
    },
    addPlan: (data) => together(() => insertPlans([data])),
    getAppliedEdit: (editId) => one<AppliedEdit>('get-applied-edit', 'SELECT data FROM applied_edits WHERE edit_id = $1', [editId]),
    putAppliedEdit: async (edit) => {
      await query(
        'put-applied-edit',
        `INSERT INTO applied_edits (edit_id, target_id, data) VALUES ($1, $2, $3)
         ON CONFLICT (edit_id) DO UPDATE SET target_id = excluded.target_id, data = excluded.data`,
        [edit.editId, edit.targetId, json(edit)],
      );
    },
    atomically,
    listRecords: (kind) => many<StoredRecord>('list-records', 'SELECT data FROM records WHERE kind = $1 ORDER BY seq', [kind]),
    getRecord: (kind, id) => one<StoredRecord>('get-record', 'SELECT data FROM records WHERE kind = $1 AND id = $2', [kind, id]),
    putRecord: async (kind, record) => {
      await query(
        'put-record',
        'INSERT INTO records (kind, id, data) VALUES ($1, $2, $3) ON CONFLICT (kind, id) DO UPDATE SET data = excluded.data',
        [kind, record.id, json(record)],
      );
    },
    listUsers: () => many<User>('list-users', 'SELECT data FROM users ORDER BY seq'),
    getUser: (userId) => one<User>('get-user', 'SELECT data FROM users WHERE id = $1', [userId]),
    putUser: async (user) => {
      await query(
        'put-user',
        'INSERT INTO users (id, data) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET data = excluded.data',
        [user.id, json(user)],
      );
    },
    getSession: (token) => one<StoredSession>('get-session', 'SELECT data FROM sessions WHERE token = $1', [token]),
    putSession: async (session) => {
      await query(
        'put-session',
        `INSERT INTO sessions (token, user_id, expires_at, data) VALUES ($1, $2, $3, $4)
         ON CONFLICT (token) DO UPDATE SET user_id = excluded.user_id, expires_at = excluded.expires_at, data = excluded.data`,
        [session.token, session.userId, session.expiresAt, json(session)],
      );
    },
    deleteSession: async (token) => {
      await query('delete-session', 'DELETE FROM sessions WHERE token = $1', [token]);
    },
    deleteExpiredSessions: async (now) =>
      (await query('delete-expired-sessions', 'DELETE FROM sessions WHERE expires_at < $1', [now])).rowCount ?? 0,
    deleteUserSessions: async (userId, keepToken) => {
      // IS DISTINCT FROM compares with NULL too: with no token to keep, every session of the person goes.
      const sql = 'DELETE FROM sessions WHERE user_id = $1 AND token IS DISTINCT FROM $2::text';
      return (await query('delete-user-sessions', sql, [userId, keepToken])).rowCount ?? 0;
    },
    addAudit: async (entry: AuditEntry) => {
      await query(
        'add-audit',
        'INSERT INTO audit (id, entity, entity_id, plan_id, data) VALUES ($1, $2, $3, $4, $5)',
        [entry.id, entry.entity, entry.entityId, entry.planId, json(entry)],
      );
    },
    listAudit: (entity, entityId) =>
      many<AuditEntry>('list-audit', 'SELECT data FROM audit WHERE entity = $1 AND entity_id = $2 ORDER BY seq', [entity, entityId]),
    listPlanAudit: (planId) => many<AuditEntry>('list-plan-audit', 'SELECT data FROM audit WHERE plan_id = $1 ORDER BY seq', [planId]),
    addReview: async (review) => {
      await query('add-review', 'INSERT INTO reviews (id, plan_id, target_id, data) VALUES ($1, $2, $3, $4)', [
        review.id,
        review.planId,
        review.targetId,
        json(review),
      ]);
    },
    listPlanReviews: (planId) =>
      many<StoredReview>('list-plan-reviews', 'SELECT data FROM reviews WHERE plan_id = $1 ORDER BY seq', [planId]),
    reset: (plans, seed = {}, users = []) =>
      together(async () => {
        const kept = (
          await query<CredentialRow & { username_key: string }>(
            'reset-kept-credentials',
            'SELECT user_id, username, username_key, password_hash FROM credentials WHERE user_id = ANY($1::text[])',
            [users.map((user) => user.id)],
          )
        ).rows;
        // Children before parents, for the foreign keys; no parameters, so one round trip.
        await send({
          text: ['credentials', 'sessions', 'audit', 'reviews', 'applied_edits', 'records', 'targets', 'goals', 'themes', 'plans', 'users']
            .map((table) => `DELETE FROM ${table};`)
            .join(' '),
        });
        await insertMany('users', 'users', ['id', 'data'], users.map((user) => [user.id, json(user)]));
        await insertPlans(plans);
        const records = Object.entries(seed).flatMap(([kind, list]) => (list ?? []).map((record) => [kind, record.id, json(record)]));
        await insertMany('records', 'records', ['kind', 'id', 'data'], records);
        const credentials = kept.map((row) => [row.user_id, row.username, row.username_key, row.password_hash]);
        await insertMany('credentials', 'credentials', ['user_id', 'username', 'username_key', 'password_hash'], credentials);
      }),
    getCredentialByUsername: async (username) => {
      const row = (
        await query<CredentialRow>('credential-by-name', `SELECT ${credentialColumns} FROM credentials WHERE username_key = $1`, [
          usernameKey(username),
        ])
      ).rows[0];
      return row && credentialFromRow(row);
    },
    getCredentialByUserId: async (userId) => {
      const row = (
        await query<CredentialRow>('credential-by-user', `SELECT ${credentialColumns} FROM credentials WHERE user_id = $1`, [userId])
      ).rows[0];
      return row && credentialFromRow(row);
    },
    putCredential: async (credential) => {
      try {
        // The name check is part of the statement, so a taken name does not abort the surrounding transaction.
        const result = await query(
          'put-credential',
          `INSERT INTO credentials (user_id, username, username_key, password_hash)
           SELECT $1, $2, $3, $4 WHERE NOT EXISTS (SELECT 1 FROM credentials WHERE username_key = $3 AND user_id <> $1)
           ON CONFLICT (user_id) DO UPDATE
           SET username = excluded.username, username_key = excluded.username_key, password_hash = excluded.password_hash`,
          [credential.userId, credential.username, usernameKey(credential.username), credential.passwordHash],
        );
        if (result.rowCount === 0) throw new UsernameTakenError(credential.username);
      } catch (error) {
        if (pgCode(error) === '23505') throw new UsernameTakenError(credential.username);
        if (pgCode(error) === '23503') throw new Error(`No user ${credential.userId}`);
        throw error;
      }
    },
    dataRevision: async () =>
      Number((await query<{ revision: string }>('data-revision', 'SELECT revision FROM data_revision WHERE id = 1')).rows[0]?.revision ?? 0),
    isEmpty: async () =>
      (
        await query<{ empty: boolean }>(
          'is-empty',
          'SELECT NOT EXISTS (SELECT 1 FROM plans) AND NOT EXISTS (SELECT 1 FROM users) AS empty',
        )
      ).rows[0]?.empty ?? true,
    close: async () => {
      if (closed) return;
      closed = true;
      await scope.queue.run(() => undefined);
      await pool.end();
    },
  };
}
