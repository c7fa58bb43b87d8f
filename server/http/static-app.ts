import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';

/**
 * Serves the built SPA: hashed assets cached for a year, everything else revalidated, and any other
 * path answered with index.html so that deep links (/plans/…/targets/…) open the app.
 */
export function mountStaticApp(app: Hono, staticDir: string) {
  const root = relative(process.cwd(), resolve(staticDir)) || '.';
  if (!existsSync(resolve(staticDir, 'index.html'))) {
    throw new Error(`No built app in ${staticDir}: run "npm run serve" (it builds the app for the server into dist-server) or "VITE_API_MODE=remote npx vite build --outDir dist-server" first.`);
  }
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.ok) c.res.headers.set('Cache-Control', 'public, max-age=31536000, immutable');
  });
  app.use('*', async (c, next) => {
    await next();
    if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-cache');
  });
  app.get('*', serveStatic({ root }));
  app.get('*', serveStatic({ root, path: 'index.html' }));
}
