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
  seedPlansFor,
  seedRecordsFor,
  type DemoDataset,
} from './seed/datasets';
import { demoUsers } from './seed/users';

const DATASET_KEY = 'tavoitevahti.demoDataset';

export interface DemoApiOptions {
  /** The page's query string; `?dataset=large&n=2000` picks the generated plan. */
  query: string;
  latencyMs: number;
  /** The service worker script: the app's own (which loads MSW's) in a build, MSW's alone in development. */
  serviceWorkerUrl: string;
}

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

function chosenDataset(query: string): DemoDataset {
  const fromQuery = datasetFromQuery(query);
  if (fromQuery) sessionStorage.setItem(DATASET_KEY, JSON.stringify(fromQuery));
  const remembered = sessionStorage.getItem(DATASET_KEY);
  return fromQuery ?? (remembered ? (JSON.parse(remembered) as DemoDataset) : DEFAULT_DATASET);
}

/** Starts the embedded demo API in the page: MSW's worker over a store in the browser's IndexedDB. */
export async function startDemoApi(options: DemoApiOptions): Promise<void> {
  const dataset = chosenDataset(options.query);
  const storage = await openIndexedDbStorage(databaseNameFor(dataset), seedPlansFor(dataset), seedRecordsFor(), demoUsers);
  const services = createDemoServices(storage);
  const faults = createFaultInjector();
  const worker = setupWorker(...createHandlers(services, { latencyMs: options.latencyMs, faults }));
  await worker.start({
    serviceWorker: { url: options.serviceWorkerUrl },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  window.__tavoitevahtiDemo = {
    failNext: (fault, count) => faults.failNext(fault, count),
    configureFaults: (settings) => faults.configure(settings),
    colleagueEdit: createColleagueEdit(storage, services.targets),
  };
}
