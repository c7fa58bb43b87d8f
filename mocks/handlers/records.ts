import { http, type HttpHandler } from 'msw';
import { apiRoutes } from '../../src/api/contract';
import type { HandlerContext } from './handler-context';

/** Measures and projects: read routes over the record service. */
export function recordHandlers({ services, authed }: HandlerContext): HttpHandler[] {
  const { records } = services;
  return (['measures', 'projects'] as const).flatMap((kind) => [
    http.get(apiRoutes[kind], ({ request }) => authed(request, () => records.list(kind))),
    http.get(apiRoutes[`${kind}Item`], ({ params, request }) => authed(request, () => records.get(kind, String(params.id)))),
  ]);
}
