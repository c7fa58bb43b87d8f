import { planDataSchema, type PlanData } from '../domain/plan-data';
import { toFieldErrors } from '../domain/field-errors';
import { announceChange } from './change-feed';
import { localDb, type LocalDatabase } from './db';
import { markPlanLoaded } from './local-store';
import { EditValidationError } from './errors';

/**
 * Imports a whole new plan: it is stored locally at once and queued in the outbox as one edit, in one
 * transaction, so it also works offline and reaches the server exactly once. Throws EditValidationError
 * when the data does not hang together.
 */
export async function importPlan(
  data: PlanData,
  author: string | { id: string; name: string },
  db: LocalDatabase = localDb,
): Promise<void> {
  const parsed = planDataSchema.safeParse(data);
  if (!parsed.success) throw new EditValidationError(toFieldErrors(parsed.error));
  const plan = parsed.data;
  await db.transaction('rw', [db.plans, db.themes, db.goals, db.targets, db.serverTargets, db.outbox, db.meta], async () => {
    await db.plans.add(plan.plan);
    await db.themes.bulkAdd(plan.themes);
    await db.goals.bulkAdd(plan.goals);
    await db.targets.bulkAdd(plan.targets);
    await db.serverTargets.bulkAdd(plan.targets);
    await markPlanLoaded(db, plan);
    await db.outbox.add({
      id: crypto.randomUUID(),
      entity: 'planImport',
      entityId: plan.plan.id,
      planId: plan.plan.id,
      baseVersion: 0,
      changes: {},
      createdAt: new Date().toISOString(),
      author: typeof author === 'string' ? author : author.name,
      authorId: typeof author === 'string' ? undefined : author.id,
      attempts: 0,
      lastError: null,
      state: 'pending',
      nextAttemptAt: 0,
      theirs: null,
      payload: plan,
    });
  });
  announceChange('outbox');
}
