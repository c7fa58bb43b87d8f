import { loadApiClient, type ApiClient } from '../api/lazy-client';
import type { PlansResponse, TargetResponse } from '../api/contract';
import { comparePlansNewestFirst } from '../domain/plan-order';
import type { PlanData } from '../domain/plan-data';
import { localDb, type LocalDatabase } from './db';
import {
  readLocalPlanData,
  readLocalPlans,
  readLocalTarget,
  storeServerPlanData,
  storeServerPlans,
  storeServerTarget,
} from './local-store';

type ReadApi = Pick<ApiClient, 'listPlans' | 'getPlanTargets' | 'getTarget'>;

const serverOr = async (api: ReadApi | undefined): Promise<ReadApi> => api ?? loadApiClient();

/**
 * The plan from the local copy, so it shows offline and at once; only the first time is it fetched
 * from the server (and then stored). Later server changes arrive through the sync engine.
 */
export async function loadPlanData(planId: string, api?: ReadApi, db: LocalDatabase = localDb): Promise<PlanData> {
  const local = await readLocalPlanData(planId, db);
  if (local) return local;
  await storeServerPlanData(await (await serverOr(api)).getPlanTargets(planId), db);
  const stored = await readLocalPlanData(planId, db);
  if (!stored) throw new Error(`Plan ${planId} was fetched but could not be read back`);
  return stored;
}

/** One target from the local copy, fetched from the server the first time. */
export async function loadTargetDetail(
  targetId: string,
  api?: ReadApi,
  db: LocalDatabase = localDb,
): Promise<TargetResponse> {
  const local = await readLocalTarget(targetId, db);
  if (local) return local;
  await storeServerTarget(await (await serverOr(api)).getTarget(targetId), db);
  const stored = await readLocalTarget(targetId, db);
  if (!stored) throw new Error(`Target ${targetId} was fetched but could not be read back`);
  return stored;
}

/** The plans known here, newest first; fetched from the server when none is stored yet. */
export async function loadPlans(api?: ReadApi, db: LocalDatabase = localDb): Promise<PlansResponse> {
  let plans = await readLocalPlans(db);
  if (plans.length === 0) {
    plans = (await (await serverOr(api)).listPlans()).plans;
    await storeServerPlans(plans, db);
  }
  return { plans: [...plans].sort(comparePlansNewestFirst) };
}
