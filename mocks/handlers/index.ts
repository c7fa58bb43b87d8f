import { http, type HttpHandler } from 'msw';
import { apiRouteTable } from '../routes/api-routes';
import type { ApiRoute, ApiServices, RouteParams } from '../routes/api-route';
import { createHandlerContext, type HandlerContext, type HandlerOptions } from './handler-context';
import { sessionHandlers } from './session';

const mswMethod = { GET: http.get, POST: http.post, PUT: http.put, PATCH: http.patch, DELETE: http.delete } as const;

function asParams(params: Record<string, string | readonly string[] | undefined>): RouteParams {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, String(value)]));
}

function toMswHandler(route: ApiRoute, { respond, authed }: HandlerContext): HttpHandler {
  return mswMethod[route.method](route.path, ({ request, params }) =>
    route.access === 'public'
      ? respond(() => route.handle({ request, params: asParams(params) }))
      : authed(request, (actor) => route.handle({ request, params: asParams(params), actor })),
  );
}

/** Every route of the demo API, shared by the browser worker and the test server. */
export function createHandlers(services: ApiServices, options: HandlerOptions = {}): HttpHandler[] {
  const context = createHandlerContext(services, options);
  return [...sessionHandlers(context), ...apiRouteTable(services).map((route) => toMswHandler(route, context))];
}
