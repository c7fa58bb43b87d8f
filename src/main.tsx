import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { onlineManager } from '@tanstack/react-query';
import { createBrowserRouter } from 'react-router';
import { App } from './app/app';
import { readConfig } from './app/config';
import { createQueryClient } from './app/query-client';
import type { DemoDatasetProblem } from './app/dataset-notice';
import { createRoutes } from './app/routes';
import { i18nReady } from './i18n/i18n';
import { requestPersistentStorage, useStorageStatusStore } from './offline/storage-persistence';
import './app/styles.css';

/** The app's own service worker, built from src/service-worker.ts by vite-plugin-pwa. */
const APP_SERVICE_WORKER = 'service-worker.js';

/** Starts the demo API when configured; answers why the address's dataset was refused, if it was. */
async function startDemoApiIfConfigured(apiMode: string, latencyMs: number): Promise<DemoDatasetProblem | null> {
  if (apiMode !== 'demo') return null;
  // The demo API is loaded on demand, so a real deployment never downloads it.
  const { startDemoApi } = await import('../mocks/browser');
  // In a build the app's own service worker precaches the shell and loads MSW's worker inside it;
  // the development server has no such worker, so there MSW's runs alone (no offline shell).
  const serviceWorkerUrl = `${import.meta.env.BASE_URL}${import.meta.env.PROD ? APP_SERVICE_WORKER : 'mockServiceWorker.js'}`;
  const { datasetProblem } = await startDemoApi({ query: window.location.search, latencyMs, serviceWorkerUrl });
  // The hooks `npm run bench` measures with; a chunk of their own, loaded after start so the first view does not wait.
  import('./offline/bench-probe')
    .then(({ createBenchProbe }) => {
      window.__tavoitevahtiBench = createBenchProbe();
    })
    .catch((error: unknown) => console.warn('The benchmark hooks could not be loaded.', error));
  return datasetProblem;
}

/** In the remote build nothing starts MSW, so the app registers its offline-shell worker itself. */
function registerAppServiceWorker(apiMode: string) {
  if (!import.meta.env.PROD || apiMode === 'demo' || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register(`${import.meta.env.BASE_URL}${APP_SERVICE_WORKER}`).catch((error: unknown) => {
    console.warn('The app could not be made available offline.', error);
  });
}

/** Asks once, without holding up the first render, for storage the browser will not clear. */
function requestPersistentStorageInBackground() {
  void requestPersistentStorage().then((persistence) => useStorageStatusStore.getState().setPersistence(persistence));
}

async function main() {
  const config = readConfig();
  const [datasetProblem] = await Promise.all([startDemoApiIfConfigured(config.apiMode, config.demoLatencyMs), i18nReady]);
  const router = createBrowserRouter(createRoutes({ demo: config.apiMode === 'demo', datasetProblem }), {
    basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/',
  });
  // TanStack Query assumes "online" until an event says otherwise; a reload without network must not.
  onlineManager.setOnline(navigator.onLine);
  const syncEngine = () =>
    import('./offline/sync-engine').then(({ createSyncEngine }) => createSyncEngine({ isOnline: () => onlineManager.isOnline() }));
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <App queryClient={createQueryClient()} router={router} syncEngine={syncEngine} />
    </StrictMode>,
  );
  registerAppServiceWorker(config.apiMode);
  requestPersistentStorageInBackground();
}

main().catch((error: unknown) => {
  const root = document.getElementById('root');
  if (root) {
    root.textContent = 'Sovellusta ei voitu käynnistää. Lataa sivu uudelleen. / The app could not start. Reload the page.';
  }
  console.error(error);
});
