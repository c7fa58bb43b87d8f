import { http, type HttpHandler } from 'msw';
import { apiRoutes } from '../../src/api/contract';
import { failure } from '../service/api-result';
import { DEMO_ACTOR, readJsonBody, type HandlerContext } from './handler-context';

export function targetHandlers({ service, respond }: HandlerContext): HttpHandler[] {
  return [
    http.get(apiRoutes.target, ({ params }) => respond(() => service.getTarget(String(params.targetId)))),
    http.patch(apiRoutes.target, async ({ params, request }) => {
      const body = await readJsonBody(request);
      if (body === undefined) return respond(async () => failure(400, 'badRequest', 'Pyynnön runko ei ole kelvollista JSONia.'));
      return respond(() => service.updateTarget(String(params.targetId), body, DEMO_ACTOR));
    }),
  ];
}
