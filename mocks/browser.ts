import { setupWorker } from 'msw/browser';
import { createHandlers } from './handlers';
import { openIndexedDbStorage } from './server-db';
import { createTargetService } from './service/target-service';
import { databaseNameFor, datasetFromQuery, DEFAULT_DATASET, seedPlansFor } from './seed/datasets';

const DATASET_KEY = 'tavoitevahti.demoDataset';

export interface DemoApiOptions {
  /** The page's query string; `?dataset=large&n=2000` picks the generated plan. */
  query: string;
  latencyMs: number;
  /** Where the app is served from, so the worker script is found under a sub-path too. */
  baseUrl: string;
}

/** Starts the embedded demo API in the page: MSW's worker over a store in the browser's IndexedDB. */
export async function startDemoApi(options: DemoApiOptions): Promise<void> {
  const fromQuery = datasetFromQuery(options.query);
  if (fromQuery) sessionStorage.setItem(DATASET_KEY, JSON.stringify(fromQuery));
  const remembered = sessionStorage.getItem(DATASET_KEY);
  const dataset = fromQuery ?? (remembered ? (JSON.parse(remembered) as typeof DEFAULT_DATASET) : DEFAULT_DATASET);

  const storage = await openIndexedDbStorage(databaseNameFor(dataset), seedPlansFor(dataset));
  const worker = setupWorker(...createHandlers(createTargetService(storage), { latencyMs: options.latencyMs }));
  await worker.start({
    serviceWorker: { url: `${options.baseUrl}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}
