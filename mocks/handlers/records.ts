import { http, type HttpHandler } from 'msw';
import { apiRoutes } from '../../src/api/contract';
import { withJsonBody, type HandlerContext } from './handler-context';

/** Measures and projects: reading, and PATCH edits with the same rules as targets. */
export function recordHandlers({ services, authed }: HandlerContext): HttpHandler[] {
  const { records } = services;
  return (['measures', 'projects'] as const).flatMap((kind) => [
    http.get(apiRoutes[kind], ({ request }) => authed(request, () => records.list(kind))),
    http.get(apiRoutes[`${kind}Item`], ({ params, request }) => authed(request, () => records.get(kind, String(params.id)))),
    http.patch(apiRoutes[`${kind}Item`], ({ params, request }) =>
      authed(request, (actor) => withJsonBody(request, (body) => records.update(kind, String(params.id), body, actor))),
    ),
  ]);
}
