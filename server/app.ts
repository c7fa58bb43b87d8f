import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getConnInfo } from '@hono/node-server/conninfo';
import { failure, type ApiResult } from '../mocks/service/api-result';
import type { ApiServices } from '../mocks/routes/api-route';
import { apiRouteTable } from '../mocks/routes/api-routes';
import { createLoginLimiter, type LoginLimiter } from './auth/login-limiter';
import { mountPasswordRoutes } from './auth/password-routes';
import { mountSessionRoutes } from './auth/session-routes';
import { csrfProtection } from './http/csrf';
import { mountApiRoutes } from './http/mount-api-routes';
import { mountPlanTargetsCache } from './http/plan-targets-cache';
import { securityHeaders } from './http/security-headers';
import { mountStaticApp } from './http/static-app';
import type { ServerStorage } from './storage/server-storage';

/** The largest request body the API reads: a whole plan import fits many times over. */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface ServerAppOptions {
  storage: ServerStorage;
  services: ApiServices;
  /** The built SPA to serve, or null for the API alone (tests). */
  staticDir: string | null;
  /** Secure cookies: on unless the server is reached over plain HTTP from another machine (see README). */
  cookieSecure: boolean;
  /** Believe X-Forwarded-For / X-Forwarded-Proto (only behind a reverse proxy that sets them). */
  trustProxy: boolean;
  limiter?: LoginLimiter;
}

const answer = (c: Context, { status, body, headers }: ApiResult): Response => {
  for (const [name, value] of Object.entries(headers ?? {})) c.header(name, value);
  c.header('Cache-Control', 'no-store');
  return c.json(body as object, status as 200);
};

/** The real server: the shared API rules over a database, the built app, and the HTTP hardening around both. */
export function createServerApp(options: ServerAppOptions): Hono {
  const { storage, services } = options;
  const app = new Hono();
  const clientAddress = (c: Context): string => {
    const forwarded = options.trustProxy ? c.req.header('X-Forwarded-For')?.split(',')[0]?.trim() : undefined;
    if (forwarded) return forwarded;
    try {
      return getConnInfo(c).remote.address ?? 'unknown';
    } catch {
      return 'unknown';
    }
  };

  app.use('*', securityHeaders({ trustProxy: options.trustProxy }));
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      // The unread rest of the body is still on the socket, so the connection cannot carry another request.
      onError: (c) => {
        c.header('Connection', 'close');
        return answer(c, failure(413, 'payloadTooLarge', 'Pyyntö on liian suuri (enintään 1 Mt).'));
      },
    }),
  );
  app.use('/api/*', csrfProtection(answer));
  app.get('/api/health', async (c) => answer(c, { status: 200, body: { status: 'ok', storage: storage.kind } }));
  mountSessionRoutes(app, {
    services,
    storage,
    limiter: options.limiter ?? createLoginLimiter(),
    cookieSecure: options.cookieSecure,
    clientAddress,
    answer,
  });
  mountPasswordRoutes(app, { services, storage, answer });
  mountPlanTargetsCache(app, { storage, services, answer });
  mountApiRoutes(app, apiRouteTable(services), services, answer);
  app.all('/api/*', (c) => answer(c, failure(404, 'notFound', 'Tällaista rajapinnan osoitetta ei ole.')));
  app.onError((error, c) => {
    console.error(error);
    return answer(c, failure(500, 'serverError', 'Palvelimella tapahtui virhe. Yritä hetken kuluttua uudelleen.'));
  });
  if (options.staticDir) mountStaticApp(app, options.staticDir);
  return app;
}
