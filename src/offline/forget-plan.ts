import type { LocalDatabase } from './db';

/** Removes an import that never reached the server, with every row it added here. */
export async function forgetImportedPlan(planId: string, db: LocalDatabase): Promise<void> {
  await db.plans.delete(planId);
  await db.themes.where('planId').equals(planId).delete();
  await db.goals.where('planId').equals(planId).delete();
  await db.targets.where('planId').equals(planId).delete();
  await db.serverTargets.where('planId').equals(planId).delete();
  await db.outbox.filter((entry) => entry.planId === planId).delete();
  await db.meta.delete(`loadedPlan:${planId}`);
}
