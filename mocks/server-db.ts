import Dexie, { type EntityTable } from 'dexie';
import type { Goal, Plan, Theme } from '../src/domain/plan';
import type { PlanData } from '../src/domain/plan-data';
import type { AuditEntry } from '../src/domain/audit';
import type { Target } from '../src/domain/target';
import type { User } from '../src/domain/user';
import type { AppliedEdit, RecordKind, SeedRecords, ServiceStorage, StoredRecord, StoredReview, StoredSession } from './service/storage';

interface RecordRow {
  kind: RecordKind;
  id: string;
  data: StoredRecord;
}

interface MetaRow {
  key: string;
  value: string;
}

/** Rows come back with their auto-incremented key, which is the store's business, not the API's. */
function withoutSeq<T extends object>(row: T): T {
  const copy = { ...row } as T & { seq?: number };
  delete copy.seq;
  return copy;
}

/** The demo server's own database, apart from the app's: what a real server would keep. */
class DemoServerDatabase extends Dexie {
  plans!: EntityTable<Plan, 'id'>;
  themes!: EntityTable<Theme, 'id'>;
  goals!: EntityTable<Goal, 'id'>;
  targets!: EntityTable<Target, 'id'>;
  appliedEdits!: EntityTable<AppliedEdit, 'editId'>;
  meta!: EntityTable<MetaRow, 'key'>;
  records!: Dexie.Table<RecordRow, [RecordKind, string]>;
  users!: EntityTable<User, 'id'>;
  sessions!: EntityTable<StoredSession, 'token'>;
  // Auto-incremented keys keep the audit trail and the reviews in the order they were written.
  audit!: Dexie.Table<AuditEntry, number>;
  reviews!: Dexie.Table<StoredReview, number>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({
      plans: 'id',
      themes: 'id, planId',
      goals: 'id, planId',
      targets: 'id, planId',
      appliedEdits: 'editId',
      meta: 'key',
    });
    // Version 2: measures and projects, kept as whole documents.
    this.version(2).stores({ records: '[kind+id], kind' });
    // Version 3: people and sessions, the audit trail and review decisions.
    this.version(3).stores({
      users: 'id',
      sessions: 'token',
      audit: '++seq, &id, [entity+entityId], planId',
      reviews: '++seq, &id, planId',
    });
  }
}

/**
 * Opens the demo server's IndexedDB store, seeding it with `seedPlans` the first time, so that
 * saved changes survive reloads like a real server's. Given as a function, the plans are made only
 * when the store is empty: generating a large plan costs tens of milliseconds on every page load.
 */
export async function openIndexedDbStorage(
  name: string,
  seedPlans: readonly PlanData[] | (() => readonly PlanData[]),
  seedRecords: SeedRecords = {},
  seedUsers: readonly User[] = [],
): Promise<ServiceStorage> {
  const db = new DemoServerDatabase(name);
  const allTables = () => [
    db.plans,
    db.themes,
    db.goals,
    db.targets,
    db.appliedEdits,
    db.meta,
    db.records,
    db.users,
    db.sessions,
    db.audit,
    db.reviews,
  ];
  const recordRows = (seed: SeedRecords) =>
    (Object.entries(seed) as [RecordKind, readonly StoredRecord[]][]).flatMap(([kind, list]) =>
      list.map((record) => ({ kind, id: record.id, data: record })),
    );

  async function seedRecordsOnce(seed: SeedRecords) {
    await db.records.bulkPut(recordRows(seed));
    await db.meta.put({ key: 'seededRecordsAt', value: new Date().toISOString() });
  }

  async function seedUsersOnce(users: readonly User[]) {
    await db.users.bulkPut([...users]);
    await db.meta.put({ key: 'seededUsersAt', value: new Date().toISOString() });
  }

  async function reset(plans: readonly PlanData[], seed: SeedRecords = {}, users: readonly User[] = []) {
    await db.transaction('rw', allTables(), async () => {
      await Promise.all(allTables().map((table) => table.clear()));
      await db.plans.bulkPut(plans.map((plan) => plan.plan));
      await db.themes.bulkPut(plans.flatMap((plan) => plan.themes));
      await db.goals.bulkPut(plans.flatMap((plan) => plan.goals));
      await db.targets.bulkPut(plans.flatMap((plan) => plan.targets));
      await db.records.bulkPut(recordRows(seed));
      await db.users.bulkPut([...users]);
      for (const key of ['seededAt', 'seededRecordsAt', 'seededUsersAt']) await db.meta.put({ key, value: new Date().toISOString() });
    });
  }

  // One read of the three marks: this runs before the demo API answers anything, on every page load.
  const [seeded, recordsSeeded, usersSeeded] = await db.meta.bulkGet(['seededAt', 'seededRecordsAt', 'seededUsersAt']);
  if (!seeded) await reset(typeof seedPlans === 'function' ? seedPlans() : seedPlans, seedRecords, seedUsers);
  else {
    // A demo database made before measures, projects or people existed gets them now.
    if (!recordsSeeded) await seedRecordsOnce(seedRecords);
    if (!usersSeeded) await seedUsersOnce(seedUsers);
  }

  return {
    listPlans: () => db.plans.toArray(),
    getPlan: (planId) => db.plans.get(planId),
    listThemes: (planId) => db.themes.where('planId').equals(planId).toArray(),
    listGoals: (planId) => db.goals.where('planId').equals(planId).toArray(),
    listTargets: (planId) => db.targets.where('planId').equals(planId).toArray(),
    getTheme: (themeId) => db.themes.get(themeId),
    getGoal: (goalId) => db.goals.get(goalId),
    getTarget: (targetId) => db.targets.get(targetId),
    putTarget: async (target) => {
      await db.targets.put(target);
    },
    putPlan: async (plan) => {
      await db.plans.put(plan);
    },
    putTheme: async (theme) => {
      await db.themes.put(theme);
    },
    putGoal: async (goal) => {
      await db.goals.put(goal);
    },
    deleteGoal: (goalId) => db.goals.delete(goalId),
    addPlan: async (plan) => {
      await db.plans.add(plan.plan);
      await db.themes.bulkAdd(plan.themes);
      await db.goals.bulkAdd(plan.goals);
      await db.targets.bulkAdd(plan.targets);
    },
    getAppliedEdit: (editId) => db.appliedEdits.get(editId),
    putAppliedEdit: async (edit) => {
      await db.appliedEdits.put(edit);
    },
    listRecords: async (kind) => (await db.records.where('kind').equals(kind).toArray()).map((row) => row.data),
    getRecord: async (kind, id) => (await db.records.get([kind, id]))?.data,
    putRecord: async (kind, record) => {
      await db.records.put({ kind, id: record.id, data: record });
    },
    listUsers: () => db.users.toArray(),
    getUser: (userId) => db.users.get(userId),
    putUser: async (user) => {
      await db.users.put(user);
    },
    getSession: (token) => db.sessions.get(token),
    putSession: async (session) => {
      await db.sessions.put(session);
    },
    deleteSession: (token) => db.sessions.delete(token),
    addAudit: async (entry) => {
      await db.audit.add(withoutSeq(entry));
    },
    listAudit: async (entity, entityId) => (await db.audit.where('[entity+entityId]').equals([entity, entityId]).toArray()).map(withoutSeq),
    listPlanAudit: async (planId) => (await db.audit.where('planId').equals(planId).toArray()).map(withoutSeq),
    addReview: async (review) => {
      await db.reviews.add(withoutSeq(review));
    },
    listPlanReviews: async (planId) => (await db.reviews.where('planId').equals(planId).toArray()).map(withoutSeq),
    atomically: (work) => db.transaction('rw', allTables(), work),
    reset,
  };
}
