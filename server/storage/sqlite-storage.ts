import Database from 'better-sqlite3';
import type BetterSqlite3 from 'better-sqlite3';
import type { AuditEntry } from '../../src/domain/audit';
import type { Goal, Plan, Theme } from '../../src/domain/plan';
import type { PlanData } from '../../src/domain/plan-data';
import type { Target } from '../../src/domain/target';
import type { User } from '../../src/domain/user';
import type { AppliedEdit, StoredRecord, StoredReview, StoredSession } from '../../mocks/service/storage';
import { AtomicScope } from './atomic-scope';
import { migrateSqlite } from './migrations';
import { startCheckpointer } from './sqlite-checkpointer';
import { credentialFromRow, noPlanError, usernameKey, UsernameTakenError, type CredentialRow, type ServerStorage } from './server-storage';
import { prepareReads, prepareWrites, type PlanPart, type SqliteReads } from './sqlite-statements';

/** The SQLite store, with the file it lives in and an online backup. */
export interface SqliteServerStorage extends ServerStorage {
  readonly kind: 'sqlite';
  readonly file: string;
  /** Copies the committed state of the database to `toPath` while the server keeps running. */
  backup(toPath: string): Promise<void>;
}

const json = (value: unknown) => JSON.stringify(value);
const parse = <T>(text: unknown): T => JSON.parse(text as string) as T;
const one = <T>(text: unknown): T | undefined => (text === undefined ? undefined : parse<T>(text));
const many = <T>(texts: unknown[]): T[] => texts.map((text) => parse<T>(text));
const errorCode = (error: unknown) => (error as { code?: unknown }).code;

function configure(db: BetterSqlite3.Database) {
  // WAL with synchronous=NORMAL: a committed transaction survives the process being killed (not a power cut,
  // which would need FULL); readers do not block the writer.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

/**
 * Opens (creating and migrating) the SQLite store in `file`; `:memory:` for tests.
 * Writes go through one connection, one atomic block at a time; a write made outside a block waits for the open
 * block to end instead of landing in its transaction. Reads outside a block use a second connection, which sees only
 * committed data (with `:memory:` there is one connection, so such a read may see a block's uncommitted writes).
 */
export function openSqliteStorage(file: string): SqliteServerStorage {
  const writer = new Database(file);
  try {
    configure(writer);
    migrateSqlite(writer);
  } catch (error) {
    writer.close();
    throw error;
  }
  const inMemory = file === ':memory:' || file === '';
  if (!inMemory) writer.pragma('wal_autocheckpoint = 0');
  const checkpointer = inMemory ? null : startCheckpointer(file);
  const reader = inMemory ? writer : new Database(file);
  if (reader !== writer) {
    configure(reader);
    reader.pragma('query_only = ON');
  }
  const writerReads = prepareReads(writer);
  const readerReads = reader === writer ? writerReads : prepareReads(reader);
  const writes = prepareWrites(writer);
  const scope = new AtomicScope<BetterSqlite3.Database>();
  let closed = false;

  const reads = (): SqliteReads => (scope.current() ? writerReads : readerReads);
  const read = async <T>(query: (statements: SqliteReads) => T): Promise<T> => query(reads());

  /** Runs a write in its own transaction (a savepoint inside an atomic block), never inside another caller's block. */
  function write<T>(work: () => T): Promise<T> {
    const run = () => writer.transaction(work)();
    if (scope.current() || scope.queue.idle) {
      try {
        return Promise.resolve(run());
      } catch (error) {
        return Promise.reject(error);
      }
    }
    return scope.queue.run(run);
  }

  function putPart(part: PlanPart, item: Theme | Goal | Target) {
    return write(() => {
      try {
        writes.upsertPart[part].run(item.id, item.planId, json(item));
      } catch (error) {
        if (errorCode(error) === 'SQLITE_CONSTRAINT_FOREIGNKEY') throw noPlanError(item.planId);
        throw error;
      }
    });
  }

  function insertPlan(data: PlanData) {
    writes.insertPlan.run(data.plan.id, json(data.plan));
    for (const part of ['themes', 'goals', 'targets'] as const) {
      for (const item of data[part]) writes.insertPart[part].run(item.id, item.planId, json(item));
    }
  }

  async function atomically<T>(work: () => Promise<T>): Promise<T> {
    if (scope.current()) return work();
    return scope.queue.run(async () => {
      writer.exec('BEGIN IMMEDIATE');
      try {
        const result = await scope.within(writer, work);
        writer.exec('COMMIT');
        return result;
      } catch (error) {
        if (writer.inTransaction) writer.exec('ROLLBACK');
        throw error;
      }
    });
  }

  return {
    kind: 'sqlite',
    file,
    listPlans: () => read((s) => many<Plan>(s.listPlans.all())),
    getPlan: (planId) => read((s) => one<Plan>(s.getPlan.get(planId))),
    listThemes: (planId) => read((s) => many<Theme>(s.listOfPlan.themes.all(planId))),
    listGoals: (planId) => read((s) => many<Goal>(s.listOfPlan.goals.all(planId))),
    listTargets: (planId) => read((s) => many<Target>(s.listOfPlan.targets.all(planId))),
    getTheme: (themeId) => read((s) => one<Theme>(s.getById.themes.get(themeId))),
    getGoal: (goalId) => read((s) => one<Goal>(s.getById.goals.get(goalId))),
    getTarget: (targetId) => read((s) => one<Target>(s.getById.targets.get(targetId))),
    putTarget: (target) => putPart('targets', target),
    putTheme: (theme) => putPart('themes', theme),
    putGoal: (goal) => putPart('goals', goal),
    putPlan: (plan) =>
      write(() => {
        if (writes.updatePlan.run(json(plan), plan.id).changes === 0) throw noPlanError(plan.id);
      }),
    deleteGoal: (goalId) =>
      write(() => {
        writes.deleteGoal.run(goalId);
      }),
    addPlan: (data) => write(() => insertPlan(data)),
    getAppliedEdit: (editId) => read((s) => one<AppliedEdit>(s.getAppliedEdit.get(editId))),
    putAppliedEdit: (edit) =>
      write(() => {
        writes.putAppliedEdit.run(edit.editId, edit.targetId, json(edit));
      }),
    atomically,
    listRecords: (kind) => read((s) => many<StoredRecord>(s.listRecords.all(kind))),
    getRecord: (kind, id) => read((s) => one<StoredRecord>(s.getRecord.get(kind, id))),
    putRecord: (kind, record) =>
      write(() => {
        writes.putRecord.run(kind, record.id, json(record));
      }),
    listUsers: () => read((s) => many<User>(s.listUsers.all())),
    getUser: (userId) => read((s) => one<User>(s.getUser.get(userId))),
    putUser: (user) =>
      write(() => {
        writes.putUser.run(user.id, json(user));
      }),
    getSession: (token) => read((s) => one<StoredSession>(s.getSession.get(token))),
    putSession: (session) =>
      write(() => {
        writes.putSession.run(session.token, session.userId, session.expiresAt, json(session));
      }),
    deleteSession: (token) =>
      write(() => {
        writes.deleteSession.run(token);
      }),
    deleteExpiredSessions: (now) => write(() => writes.deleteExpiredSessions.run(now).changes),
    deleteUserSessions: (userId, keepToken) => write(() => writes.deleteUserSessions.run(userId, keepToken).changes),
    addAudit: (entry: AuditEntry) =>
      write(() => {
        writes.addAudit.run(entry.id, entry.entity, entry.entityId, entry.planId, json(entry));
      }),
    listAudit: (entity, entityId) => read((s) => many<AuditEntry>(s.listAudit.all(entity, entityId))),
    listPlanAudit: (planId) => read((s) => many<AuditEntry>(s.listPlanAudit.all(planId))),
    addReview: (review) =>
      write(() => {
        writes.addReview.run(review.id, review.planId, review.targetId, json(review));
      }),
    listPlanReviews: (planId) => read((s) => many<StoredReview>(s.listPlanReviews.all(planId))),
    reset: (plans, seed = {}, users = []) =>
      write(() => {
        const kept = new Set(users.map((user) => user.id));
        const credentials = (writes.allCredentials.all() as (CredentialRow & { username_key: string })[]).filter((row) =>
          kept.has(row.user_id),
        );
        for (const clear of writes.clearAll) clear.run();
        for (const user of users) writes.putUser.run(user.id, json(user));
        for (const data of plans) insertPlan(data);
        for (const [kind, records] of Object.entries(seed)) {
          for (const record of records ?? []) writes.putRecord.run(kind, record.id, json(record));
        }
        for (const row of credentials) writes.restoreCredential.run(row);
      }),
    getCredentialByUsername: (username) =>
      read((s) => {
        const row = s.credentialByKey.get(usernameKey(username)) as CredentialRow | undefined;
        return row && credentialFromRow(row);
      }),
    getCredentialByUserId: (userId) =>
      read((s) => {
        const row = s.credentialByUser.get(userId) as CredentialRow | undefined;
        return row && credentialFromRow(row);
      }),
    putCredential: (credential) =>
      write(() => {
        try {
          writes.putCredential.run(credential.userId, credential.username, usernameKey(credential.username), credential.passwordHash);
        } catch (error) {
          if (errorCode(error) === 'SQLITE_CONSTRAINT_UNIQUE') throw new UsernameTakenError(credential.username);
          if (errorCode(error) === 'SQLITE_CONSTRAINT_FOREIGNKEY') throw new Error(`No user ${credential.userId}`);
          throw error;
        }
      }),
    isEmpty: () => read((s) => s.isEmpty.get() === 1),
    dataRevision: () => read((s) => Number(s.dataRevision.get())),
    backup: async (toPath) => {
      // The reader sees only committed data; with one connection, wait for the open block to end.
      if (reader === writer) await scope.queue.run(() => writer.backup(toPath));
      else await reader.backup(toPath);
    },
    close: async () => {
      if (closed) return;
      closed = true;
      // Let the open and queued blocks finish first.
      await scope.queue.run(() => undefined);
      await checkpointer?.stop();
      if (reader !== writer) reader.close();
      if (!inMemory) writer.pragma('wal_checkpoint(TRUNCATE)');
      writer.close();
    },
  };
}

/** Online backup of a SQLite store (or of a database file another process may be using) to `toPath`. */
export async function backupSqlite(source: SqliteServerStorage | string, toPath: string): Promise<void> {
  if (typeof source !== 'string') return source.backup(toPath);
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    await db.backup(toPath);
  } finally {
    db.close();
  }
}
