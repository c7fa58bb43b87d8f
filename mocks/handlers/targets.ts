import { http, type HttpHandler } from 'msw';
import { apiRoutes } from '../../src/api/contract';
import { failure } from '../service/api-result';
import type { HandlerContext } from './handler-context';

/** Until sign-in exists, every edit in the demo is made by this person. */
const DEMO_ACTOR = 'Demokäyttäjä';

export function targetHandlers({ service, respond }: HandlerContext): HttpHandler[] {
  return [
    http.get(apiRoutes.target, ({ params }) => respond(() => service.getTarget(String(params.targetId)))),
    http.patch(apiRoutes.target, async ({ params, request }) => {
      let body: unknown;
      try {
        body = await request.json();
      } catch {
        return respond(async () => failure(400, 'badRequest', 'Pyynnön runko ei ole kelvollista JSONia.'));
      }
      return respond(() => service.updateTarget(String(params.targetId), body, DEMO_ACTOR));
    }),
  ];
}
