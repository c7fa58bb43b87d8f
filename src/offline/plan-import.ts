import type { PlanData } from '../domain/plan-data';

/**
 * Imports a whole plan (a new, empty plan filled from a spreadsheet): stored locally at once and queued
 * in the outbox as one edit, so it also works offline and reaches the server exactly once.
 * NOT YET IMPLEMENTED — being built (issue 4).
 */
export async function importPlan(data: PlanData): Promise<void> {
  void data;
  throw new Error('Plan import is not implemented yet');
}
