import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App } from './app/app';
import { readConfig } from './app/config';
import { createQueryClient } from './app/query-client';
import { createRoutes } from './app/routes';
import './app/styles.css';

async function startDemoApiIfConfigured(apiMode: string, latencyMs: number) {
  if (apiMode !== 'demo') return;
  // The demo API is loaded on demand, so a real deployment never downloads it.
  const { startDemoApi } = await import('../mocks/browser');
  await startDemoApi({ query: window.location.search, latencyMs, baseUrl: import.meta.env.BASE_URL });
}

async function main() {
  const config = readConfig();
  await startDemoApiIfConfigured(config.apiMode, config.demoLatencyMs);
  const router = createBrowserRouter(createRoutes({ demo: config.apiMode === 'demo' }), {
    basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/',
  });
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <App queryClient={createQueryClient()} router={router} />
    </StrictMode>,
  );
}

main().catch((error: unknown) => {
  const root = document.getElementById('root');
  if (root) {
    root.textContent = 'Sovellusta ei voitu käynnistää. Lataa sivu uudelleen. / The app could not start. Reload the page.';
  }
  console.error(error);
});
