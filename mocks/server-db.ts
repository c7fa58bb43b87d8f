import Dexie, { type EntityTable } from 'dexie';
import type { Goal, Plan, Theme } from '../src/domain/plan';
import type { PlanData } from '../src/domain/plan-data';
import type { Target } from '../src/domain/target';
import type { AppliedEdit, RecordKind, SeedRecords, ServiceStorage, StoredRecord } from './service/storage';

interface RecordRow {
  kind: RecordKind;
  id: string;
  data: StoredRecord;
}

interface MetaRow {
  key: string;
  value: string;
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
  }
}

/**
 * Opens the demo server's IndexedDB store, seeding it with `seedPlans` the first time, so that
 * saved changes survive reloads like a real server's.
 */
export async function openIndexedDbStorage(
  name: string,
  seedPlans: readonly PlanData[],
  seedRecords: SeedRecords = {},
): Promise<ServiceStorage> {
  const db = new DemoServerDatabase(name);
  const allTables = () => [db.plans, db.themes, db.goals, db.targets, db.appliedEdits, db.meta, db.records];
  const recordRows = (seed: SeedRecords) =>
    (Object.entries(seed) as [RecordKind, readonly StoredRecord[]][]).flatMap(([kind, list]) =>
      list.map((record) => ({ kind, id: record.id, data: record })),
    );

  async function seedRecordsOnce(seed: SeedRecords) {
    if (await db.meta.get('seededRecordsAt')) return;
    await db.records.bulkPut(recordRows(seed));
    await db.meta.put({ key: 'seededRecordsAt', value: new Date().toISOString() });
  }

  async function reset(plans: readonly PlanData[], seed: SeedRecords = {}) {
    await db.transaction('rw', allTables(), async () => {
      await Promise.all(allTables().map((table) => table.clear()));
      await db.plans.bulkPut(plans.map((plan) => plan.plan));
      await db.themes.bulkPut(plans.flatMap((plan) => plan.themes));
      await db.goals.bulkPut(plans.flatMap((plan) => plan.goals));
      await db.targets.bulkPut(plans.flatMap((plan) => plan.targets));
      await db.records.bulkPut(recordRows(seed));
      await db.meta.put({ key: 'seededAt', value: new Date().toISOString() });
      await db.meta.put({ key: 'seededRecordsAt', value: new Date().toISOString() });
    });
  }

  const seeded = await db.meta.get('seededAt');
  if (!seeded) await reset(seedPlans, seedRecords);
  // A demo database made before measures and projects existed gets them now.
  else await seedRecordsOnce(seedRecords);

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
    atomically: (work) => db.transaction('rw', allTables(), work),
    reset,
  };
}
