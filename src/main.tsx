import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { onlineManager } from '@tanstack/react-query';
import { createBrowserRouter } from 'react-router';
import { App } from './app/app';
import { readConfig } from './app/config';
import { startEarlyReads } from './app/early-reads';
import { createQueryClient } from './app/query-client';
import { reportDemoDatasetProblem } from './app/dataset-notice';
import { createRoutes } from './app/routes';
import { i18nReady } from './i18n/i18n';
import { requestPersistentStorage, useStorageStatusStore } from './offline/storage-persistence';
import './app/styles.css';

/** The app's own service worker, built from src/service-worker.ts by vite-plugin-pwa. */
const APP_SERVICE_WORKER = 'service-worker.js';

/**
 * Starts the in-page demo API once `after` has settled. Its code is loaded on demand, so a real deployment never
 * downloads it. Until it answers, the app's requests wait for it (a real server needs no such wait), while the
 * app already shows what this device has. A refused dataset in the address is told to the layout.
 */
function startDemoApi(latencyMs: number, query: string, after: Promise<unknown>) {
  const started = after.then(async () => {
    const { startDemoApi: start } = await import('../mocks/browser');
    const { datasetProblem } = await start({ query, latencyMs });
    await reportDemoDatasetProblem(datasetProblem);
    // The hooks `npm run bench` measures with; a chunk of their own, loaded after start so the first view does not wait.
    import('./offline/bench-probe')
      .then(({ createBenchProbe }) => {
        window.__tavoitevahtiBench = createBenchProbe();
      })
      .catch((error: unknown) => console.warn('The benchmark hooks could not be loaded.', error));
  });
  const pageFetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const send = () => pageFetch(input, init);
    return started.then(send, send);
  };
  // The app still shows this device's data; what needs the server says it cannot reach it.
  started.catch((error: unknown) => console.error('The demo API could not start.', error));
}

/**
 * In the remote build nothing starts MSW, so the app registers its offline-shell worker itself. Decided from the
 * build's setting (readConfig has checked it), so that the demo build does not carry this code.
 */
function registerAppServiceWorker() {
  if (!import.meta.env.PROD || import.meta.env.VITE_API_MODE !== 'remote' || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register(`${import.meta.env.BASE_URL}${APP_SERVICE_WORKER}`).catch((error: unknown) => {
    console.warn('The app could not be made available offline.', error);
  });
}

/**
 * Asks once, without holding up the first render, for storage the browser will not clear. Asked first thing, so
 * that the header's warning, if any, is usually there in the first render instead of pushing the page down later.
 */
function requestPersistentStorageInBackground() {
  void requestPersistentStorage().then((persistence) => useStorageStatusStore.getState().setPersistence(persistence));
}

async function main() {
  requestPersistentStorageInBackground();
  const config = readConfig();
  const demo = config.apiMode === 'demo';
  const queryClient = createQueryClient();
  // Vite's base path always ends with a slash: "/" or "/app/".
  const base = import.meta.env.BASE_URL.slice(0, -1);
  // The page's local data is read at once, before the demo API (if any) starts; the first render waits for it.
  const earlyReads = startEarlyReads(queryClient, window.location.pathname.slice(base.length)).catch(() => false);
  // With the page's data already on this device, the demo API starts once that is drawn (after the next frame, or
  // half a second in a background tab): loading and starting it (MSW, the mock store) would otherwise hold up the
  // read and the first render.
  if (demo) {
    const drawn = () =>
      new Promise((resolve) => {
        requestAnimationFrame(() => setTimeout(resolve));
        setTimeout(resolve, 500);
      });
    startDemoApi(config.demoLatencyMs, window.location.search, earlyReads.then((found) => found && drawn()));
  }
  await Promise.all([i18nReady, earlyReads]);
  const router = createBrowserRouter(createRoutes({ demo }), { basename: base || '/' });
  // TanStack Query assumes "online" until an event says otherwise; a reload without network must not.
  onlineManager.setOnline(navigator.onLine);
  const syncEngine = () =>
    import('./offline/sync-engine').then(({ createSyncEngine }) => createSyncEngine({ isOnline: () => onlineManager.isOnline() }));
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <App queryClient={queryClient} router={router} syncEngine={syncEngine} />
    </StrictMode>,
  );
  registerAppServiceWorker();
}

main().catch((error: unknown) => {
  const root = document.getElementById('root');
  if (root) {
    root.textContent = 'Sovellusta ei voitu käynnistää. Lataa sivu uudelleen. / The app could not start. Reload the page.';
  }
  console.error(error);
});
