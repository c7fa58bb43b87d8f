import type { TargetResponse } from '../api/contract';
import type { Plan } from '../domain/plan';
import type { PlanData } from '../domain/plan-data';
import type { Target } from '../domain/target';
import { announceChange } from './change-feed';
import { localDb, type LocalDatabase } from './db';
import { applyPendingEdits } from './pending';

/** The plan as stored locally, with unsynced edits shown; null when it was never loaded here. */
export async function readLocalPlanData(planId: string, db: LocalDatabase = localDb): Promise<PlanData | null> {
  return db.transaction('r', [db.plans, db.themes, db.goals, db.targets, db.meta], async () => {
    // All five requests at once, one indexed query each: the targets' read is the cost, and it need not
    // wait for the small ones. A plan never loaded here is rare enough to read its few rows for nothing.
    const [plan, loaded, themes, goals, targets] = await Promise.all([
      db.plans.get(planId),
      db.meta.get(loadedKey(planId)),
      db.themes.where('planId').equals(planId).toArray(),
      db.goals.where('planId').equals(planId).toArray(),
      db.targets.where('planId').equals(planId).toArray(),
    ]);
    return plan && loaded ? { plan, themes, goals, targets } : null;
  });
}

/** How many targets of the plan are stored here: an index count, answered long before the rows themselves. */
export async function countLocalTargets(planId: string, db: LocalDatabase = localDb): Promise<number> {
  return db.targets.where('planId').equals(planId).count();
}

/** One target with its goal, theme and plan from the local copy; null when not stored here. */
export async function readLocalTarget(targetId: string, db: LocalDatabase = localDb): Promise<TargetResponse | null> {
  return db.transaction('r', [db.plans, db.themes, db.goals, db.targets], async () => {
    const target = await db.targets.get(targetId);
    const goal = target ? await db.goals.get(target.goalId) : undefined;
    const theme = goal ? await db.themes.get(goal.themeId) : undefined;
    const plan = target ? await db.plans.get(target.planId) : undefined;
    return target && goal && theme && plan ? { target, goal, theme, plan } : null;
  });
}

/** Every plan the server listed, as last stored. */
export async function readLocalPlans(db: LocalDatabase = localDb): Promise<Plan[]> {
  return db.plans.toArray();
}

/**
 * The ids of the plans whose targets are kept here: the ones the user has opened, and those of which only a
 * target was opened (from a link), which the sync keeps fresh as well.
 */
export async function loadedPlanIds(db: LocalDatabase = localDb): Promise<string[]> {
  const [keys, planIdsOfTargets] = await Promise.all([
    db.meta.where('key').startsWith(LOADED_PREFIX).primaryKeys(),
    db.targets.orderBy('planId').uniqueKeys(),
  ]);
  return [...new Set([...keys.map((key) => String(key).slice(LOADED_PREFIX.length)), ...planIdsOfTargets.map(String)])];
}

const LOADED_PREFIX = 'loadedPlan:';

/** Records that a plan's whole structure is stored here, so it is read locally and kept in sync. */
export async function markPlanLoaded(db: LocalDatabase, data: PlanData): Promise<void> {
  await db.meta.put({ key: loadedKey(data.plan.id), value: JSON.stringify([data.plan, data.themes, data.goals]) });
}
const loadedKey = (planId: string) => `${LOADED_PREFIX}${planId}`;

async function storeServerTargets(db: LocalDatabase, serverTargets: readonly Target[]) {
  const ids = serverTargets.map((target) => target.id);
  const known = await db.serverTargets.bulkGet(ids);
  const changed = serverTargets.filter((target, index) => known[index]?.version !== target.version);
  if (changed.length === 0) return 0;
  const entries = await db.outbox.where('entityId').anyOf(changed.map((target) => target.id)).sortBy('seq');
  await db.serverTargets.bulkPut(changed);
  await db.targets.bulkPut(changed.map((target) => applyPendingEdits(target, entries)));
  return changed.length;
}

/**
 * Stores what the server said about a plan. Targets with unsynced edits keep showing them on top of
 * the new server copy; rows the server no longer has are removed unless an edit still waits for them.
 */
export async function storeServerPlanData(data: PlanData, db: LocalDatabase = localDb): Promise<void> {
  const tables = [db.plans, db.themes, db.goals, db.targets, db.serverTargets, db.outbox, db.meta];
  const somethingChanged = await db.transaction('rw', tables, async () => {
    const planId = data.plan.id;
    const structure = JSON.stringify([data.plan, data.themes, data.goals]);
    const previous = await db.meta.get(loadedKey(planId));
    await db.plans.put(data.plan);
    await db.themes.where('planId').equals(planId).delete();
    await db.themes.bulkPut(data.themes);
    await db.goals.where('planId').equals(planId).delete();
    await db.goals.bulkPut(data.goals);
    await markPlanLoaded(db, data);
    let changed = await storeServerTargets(db, data.targets);
    const serverIds = new Set(data.targets.map((target) => target.id));
    const localIds = (await db.serverTargets.where('planId').equals(planId).primaryKeys()).map(String);
    const gone = localIds.filter((id) => !serverIds.has(id));
    if (gone.length > 0) {
      const waiting = new Set((await db.outbox.where('entityId').anyOf(gone).toArray()).map((entry) => entry.entityId));
      const removable = gone.filter((id) => !waiting.has(id));
      await db.serverTargets.bulkDelete(removable);
      await db.targets.bulkDelete(removable);
      changed += removable.length;
    }
    return changed > 0 || previous?.value !== structure;
  });
  if (somethingChanged) announceChange('data');
}

/** Stores the plan list the server gave. */
export async function storeServerPlans(plans: readonly Plan[], db: LocalDatabase = localDb): Promise<void> {
  await db.plans.bulkPut([...plans]);
}

/** Stores one target the server sent, with its goal, theme and plan. */
export async function storeServerTarget(response: TargetResponse, db: LocalDatabase = localDb): Promise<void> {
  await db.transaction('rw', [db.plans, db.themes, db.goals, db.targets, db.serverTargets, db.outbox], async () => {
    await db.plans.put(response.plan);
    await db.themes.put(response.theme);
    await db.goals.put(response.goal);
    await storeServerTargets(db, [response.target]);
  });
  announceChange('data');
}
