import { setupWorker } from 'msw/browser';
import { createFaultInjector, type Fault, type FaultSettings } from './fault-injection';
import { createHandlers } from './handlers';
import { openIndexedDbStorage } from './server-db';
import { createColleagueEdit } from './service/colleague-edit';
import { createDemoServices } from './service/demo-services';
import {
  databaseNameFor,
  datasetFromQuery,
  DEFAULT_DATASET,
  parseRememberedDataset,
  seedPlansFor,
  seedRecordsFor,
  type DatasetProblem,
  type DemoDataset,
} from './seed/datasets';
import { demoUsers } from './seed/users';

const DATASET_KEY = 'tavoitevahti.demoDataset';

export interface DemoApiOptions {
  /** The page's query string; `?dataset=large&n=2000` picks the generated plan. */
  query: string;
  latencyMs: number;
}

/**
 * The service worker script: in a build the app's own (src/service-worker.ts, which precaches the shell and loads
 * MSW's worker inside it); the development server has no such worker, so there MSW's runs alone (no offline shell).
 */
const SERVICE_WORKER_URL = `${import.meta.env.BASE_URL}${import.meta.env.PROD ? 'service-worker.js' : 'mockServiceWorker.js'}`;

/** What tests and demos can reach from the page as `window.__tavoitevahtiDemo`. */
export interface DemoControls {
  failNext: (fault: Fault, count?: number) => void;
  configureFaults: (settings: Partial<FaultSettings>) => void;
  colleagueEdit: (targetId: string, changes: Record<string, unknown>, who?: string) => Promise<unknown>;
}

declare global {
  interface Window {
    __tavoitevahtiDemo?: DemoControls;
  }
}

/** What the demo opened with; `datasetProblem` says why the address's dataset was refused, for the app to tell. */
export interface DemoApiStart {
  datasetProblem: DatasetProblem | null;
}

/**
 * The dataset the address asks for, else the one this tab opened before, else the Vantaa report. A refused
 * address (e.g. `n=1000000000`) opens the Vantaa report rather than guessing what was meant.
 */
function chosenDataset(query: string): { dataset: DemoDataset; problem: DatasetProblem | null } {
  const fromQuery = datasetFromQuery(query);
  if (fromQuery.problem) {
    sessionStorage.setItem(DATASET_KEY, JSON.stringify(DEFAULT_DATASET));
    return { dataset: DEFAULT_DATASET, problem: fromQuery.problem };
  }
  if (fromQuery.dataset) sessionStorage.setItem(DATASET_KEY, JSON.stringify(fromQuery.dataset));
  return { dataset: fromQuery.dataset ?? parseRememberedDataset(sessionStorage.getItem(DATASET_KEY)) ?? DEFAULT_DATASET, problem: null };
}

/** Starts the embedded demo API in the page: MSW's worker over a store in the browser's IndexedDB. */
export async function startDemoApi(options: DemoApiOptions): Promise<DemoApiStart> {
  const { dataset, problem } = chosenDataset(options.query);
  // The plans are generated only for an empty database, not on every page load.
  const storage = await openIndexedDbStorage(databaseNameFor(dataset), () => seedPlansFor(dataset), seedRecordsFor(), demoUsers);
  const services = createDemoServices(storage);
  const faults = createFaultInjector();
  const worker = setupWorker(...createHandlers(services, { latencyMs: options.latencyMs, faults }));
  await worker.start({
    serviceWorker: { url: SERVICE_WORKER_URL },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  window.__tavoitevahtiDemo = {
    failNext: (fault, count) => faults.failNext(fault, count),
    configureFaults: (settings) => faults.configure(settings),
    colleagueEdit: createColleagueEdit(storage, services.targets),
  };
  return { datasetProblem: problem };
}
