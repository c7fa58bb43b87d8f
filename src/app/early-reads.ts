import type { QueryClient } from '@tanstack/react-query';
import { matchPath } from 'react-router';
import { FULL_LIST_LIMIT, preloadVirtualTable } from '../features/targets/components/target-list';
import { countLocalTargets, readLocalPlanData } from '../offline/local-store';
import { targetKeys } from '../api/query-keys';
import { useSessionStore } from '../api/session-store';
import { plansQuery } from '../offline/queries';

const noop = () => undefined;

/**
 * Reads the plan a `/plans/:planId/…` page shows (`path` without the app's base path) from the local database
 * at once, before the app renders and before the demo API (if any) starts, and puts it in the query cache where
 * the list, summary and report read it: on a second visit the page then renders with its data instead of
 * starting the read after its first render. The plan switcher's list is read with it, and a long plan's scrolling
 * table is fetched meanwhile. A plan not stored on this device is left to the page, which fetches it as before.
 *
 * Answers whether the plan was found on this device.
 */
export async function startEarlyReads(queryClient: QueryClient, path: string): Promise<boolean> {
  const planId = matchPath('/plans/:planId/*', path)?.params.planId;
  if (!planId) return false;
  // An index count answers long before the rows: a long plan's table code then loads while they are read.
  countLocalTargets(planId).then((count) => {
    if (count > FULL_LIST_LIMIT) void preloadVirtualTable();
  }, noop);
  // The plan switcher's list (from the server only if none is stored here, as the switcher would; not for someone
  // about to be sent to sign in): with the plan stored here it is local too, and the switcher is there in the first
  // render instead of pushing the page down.
  const plans = useSessionStore.getState().token && queryClient.prefetchQuery(plansQuery());
  const data = await readLocalPlanData(planId);
  if (!data) return false;
  queryClient.setQueryData(targetKeys.list(planId), data);
  await plans;
  return true;
}
