import { apiClient } from '../api/client';
import { localDb, type LocalDatabase } from './db';
import { storeServerPlanData } from './local-store';

type PlanApi = Pick<typeof apiClient, 'getPlanTargets'>;

/**
 * Replaces the local copy of a plan with the server's, right after a structure change, instead of
 * waiting for the next pull. Online only: throws ApiError when the server cannot be reached. Unsynced
 * progress edits stay on top of the new copy, and the views are told to refresh.
 */
export async function refreshPlanFromServer(planId: string, api: PlanApi = apiClient, db: LocalDatabase = localDb): Promise<void> {
  await storeServerPlanData(await api.getPlanTargets(planId), db);
}
