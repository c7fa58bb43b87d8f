import type BetterSqlite3 from 'better-sqlite3';

type Statement = BetterSqlite3.Statement;
export type PlanPart = 'themes' | 'goals' | 'targets';
const PLAN_PARTS: readonly PlanPart[] = ['themes', 'goals', 'targets'];

/** The reads, prepared on one connection (the reader's outside an atomic block, the writer's inside). */
export function prepareReads(db: BetterSqlite3.Database) {
  const data = (sql: string) => db.prepare(sql).pluck();
  const byPart = (sql: (table: PlanPart) => string) =>
    Object.fromEntries(PLAN_PARTS.map((part) => [part, data(sql(part))])) as Record<PlanPart, Statement>;
  return {
    listPlans: data('SELECT data FROM plans ORDER BY seq'),
    getPlan: data('SELECT data FROM plans WHERE id = ?'),
    listOfPlan: byPart((table) => `SELECT data FROM ${table} WHERE plan_id = ? ORDER BY seq`),
    getById: byPart((table) => `SELECT data FROM ${table} WHERE id = ?`),
    getAppliedEdit: data('SELECT data FROM applied_edits WHERE edit_id = ?'),
    listRecords: data('SELECT data FROM records WHERE kind = ? ORDER BY seq'),
    getRecord: data('SELECT data FROM records WHERE kind = ? AND id = ?'),
    listUsers: data('SELECT data FROM users ORDER BY seq'),
    getUser: data('SELECT data FROM users WHERE id = ?'),
    getSession: data('SELECT data FROM sessions WHERE token = ?'),
    listAudit: data('SELECT data FROM audit WHERE entity = ? AND entity_id = ? ORDER BY seq'),
    listPlanAudit: data('SELECT data FROM audit WHERE plan_id = ? ORDER BY seq'),
    listPlanReviews: data('SELECT data FROM reviews WHERE plan_id = ? ORDER BY seq'),
    credentialByKey: db.prepare('SELECT user_id, username, password_hash FROM credentials WHERE username_key = ?'),
    credentialByUser: db.prepare('SELECT user_id, username, password_hash FROM credentials WHERE user_id = ?'),
    isEmpty: data('SELECT NOT EXISTS (SELECT 1 FROM plans) AND NOT EXISTS (SELECT 1 FROM users)'),
    dataRevision: db.prepare('SELECT revision FROM data_revision WHERE id = 1').pluck(),
  };
}
export type SqliteReads = ReturnType<typeof prepareReads>;

/** The writes, prepared on the writer connection. An upsert keeps the row's `seq`, so a list keeps its order. */
export function prepareWrites(db: BetterSqlite3.Database) {
  const byPart = (sql: (table: PlanPart) => string) =>
    Object.fromEntries(PLAN_PARTS.map((part) => [part, db.prepare(sql(part))])) as Record<PlanPart, Statement>;
  return {
    insertPlan: db.prepare('INSERT INTO plans (id, data) VALUES (?, ?)'),
    updatePlan: db.prepare('UPDATE plans SET data = ? WHERE id = ?'),
    upsertPart: byPart(
      (table) =>
        `INSERT INTO ${table} (id, plan_id, data) VALUES (?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET plan_id = excluded.plan_id, data = excluded.data`,
    ),
    insertPart: byPart((table) => `INSERT INTO ${table} (id, plan_id, data) VALUES (?, ?, ?)`),
    deleteGoal: db.prepare('DELETE FROM goals WHERE id = ?'),
    putAppliedEdit: db.prepare(
      `INSERT INTO applied_edits (edit_id, target_id, data) VALUES (?, ?, ?)
       ON CONFLICT (edit_id) DO UPDATE SET target_id = excluded.target_id, data = excluded.data`,
    ),
    putRecord: db.prepare(
      'INSERT INTO records (kind, id, data) VALUES (?, ?, ?) ON CONFLICT (kind, id) DO UPDATE SET data = excluded.data',
    ),
    putUser: db.prepare('INSERT INTO users (id, data) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET data = excluded.data'),
    putSession: db.prepare(
      `INSERT INTO sessions (token, user_id, expires_at, data) VALUES (?, ?, ?, ?)
       ON CONFLICT (token) DO UPDATE SET user_id = excluded.user_id, expires_at = excluded.expires_at, data = excluded.data`,
    ),
    deleteSession: db.prepare('DELETE FROM sessions WHERE token = ?'),
    deleteExpiredSessions: db.prepare('DELETE FROM sessions WHERE expires_at < ?'),
    // IS NOT compares with NULL too: with no token to keep, every session of the person goes.
    deleteUserSessions: db.prepare('DELETE FROM sessions WHERE user_id = ? AND token IS NOT ?'),
    addAudit: db.prepare('INSERT INTO audit (id, entity, entity_id, plan_id, data) VALUES (?, ?, ?, ?, ?)'),
    addReview: db.prepare('INSERT INTO reviews (id, plan_id, target_id, data) VALUES (?, ?, ?, ?)'),
    putCredential: db.prepare(
      `INSERT INTO credentials (user_id, username, username_key, password_hash) VALUES (?, ?, ?, ?)
       ON CONFLICT (user_id) DO UPDATE
       SET username = excluded.username, username_key = excluded.username_key, password_hash = excluded.password_hash`,
    ),
    allCredentials: db.prepare('SELECT user_id, username, username_key, password_hash FROM credentials'),
    restoreCredential: db.prepare(
      'INSERT INTO credentials (user_id, username, username_key, password_hash) VALUES (@user_id, @username, @username_key, @password_hash)',
    ),
    /** Children before parents, for the foreign keys. */
    clearAll: [
      'credentials',
      'sessions',
      'audit',
      'reviews',
      'applied_edits',
      'records',
      'targets',
      'goals',
      'themes',
      'plans',
      'users',
    ].map((table) => db.prepare(`DELETE FROM ${table}`)),
  };
}
export type SqliteWrites = ReturnType<typeof prepareWrites>;
