import type { Context, Hono } from 'hono';
import type { ApiResult } from '../../mocks/service/api-result';
import type { ApiRoute, ApiServices } from '../../mocks/routes/api-route';
import { readSessionCookie } from '../auth/session-cookie';

/** Mounts the shared route table: the session comes from the cookie, everything else is the services' rules. */
export function mountApiRoutes(
  app: Hono,
  routes: readonly ApiRoute[],
  services: ApiServices,
  answer: (c: Context, result: ApiResult) => Response,
) {
  for (const route of routes) {
    app.on(route.method, route.path, async (c) => {
      const params = c.req.param() as Record<string, string>;
      if (route.access === 'public') return answer(c, await route.handle({ request: c.req.raw, params }));
      const session = await services.auth.sessionOf(readSessionCookie(c));
      if ('refusal' in session) return answer(c, session.refusal);
      return answer(c, await route.handle({ request: c.req.raw, params, actor: session.actor }));
    });
  }
}
