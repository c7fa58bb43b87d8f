import { http, type HttpHandler } from 'msw';
import { apiRoutes } from '../../src/api/contract';
import { withJsonBody, type HandlerContext } from './handler-context';

export function targetHandlers({ services, authed }: HandlerContext): HttpHandler[] {
  const { targets } = services;
  return [
    http.get(apiRoutes.target, ({ params, request }) => authed(request, () => targets.getTarget(String(params.targetId)))),
    http.patch(apiRoutes.target, ({ params, request }) =>
      authed(request, (actor) => withJsonBody(request, (body) => targets.updateTarget(String(params.targetId), body, actor))),
    ),
  ];
}
