import { http, type HttpHandler } from 'msw';
import { apiRoutes } from '../../src/api/contract';
import { withJsonBody, type HandlerContext } from './handler-context';

export function planHandlers({ services, authed }: HandlerContext): HttpHandler[] {
  const { targets } = services;
  return [
    http.get(apiRoutes.plans, ({ request }) => authed(request, () => targets.listPlans())),
    http.get(apiRoutes.planTargets, ({ params, request }) => authed(request, () => targets.getPlanTargets(String(params.planId)))),
    http.put(apiRoutes.plan, ({ params, request }) =>
      authed(request, (actor) => withJsonBody(request, (body) => targets.importPlan(String(params.planId), body, actor))),
    ),
  ];
}
