import { http, type HttpHandler } from 'msw';
import { apiRoutes } from '../../src/api/contract';
import { failure } from '../service/api-result';
import { DEMO_ACTOR, readJsonBody, type HandlerContext } from './handler-context';

export function planHandlers({ service, respond }: HandlerContext): HttpHandler[] {
  return [
    http.get(apiRoutes.plans, () => respond(() => service.listPlans())),
    http.get(apiRoutes.planTargets, ({ params }) => respond(() => service.getPlanTargets(String(params.planId)))),
    http.put(apiRoutes.plan, async ({ params, request }) => {
      const body = await readJsonBody(request);
      if (body === undefined) return respond(async () => failure(400, 'badRequest', 'Pyynnön runko ei ole kelvollista JSONia.'));
      return respond(() => service.importPlan(String(params.planId), body, DEMO_ACTOR));
    }),
  ];
}
