import { http, type HttpHandler } from 'msw';
import { apiRoutes } from '../../src/api/contract';
import type { HandlerContext } from './handler-context';

export function planHandlers({ service, respond }: HandlerContext): HttpHandler[] {
  return [
    http.get(apiRoutes.plans, () => respond(() => service.listPlans())),
    http.get(apiRoutes.planTargets, ({ params }) => respond(() => service.getPlanTargets(String(params.planId)))),
  ];
}
