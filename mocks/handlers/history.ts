import { http, type HttpHandler } from 'msw';
import { reviewRoutes } from '../../src/api/contract-review';
import { historyNotWritable } from '../service/history-service';
import type { HandlerContext } from './handler-context';

/** A target's audit trail: readable by every signed-in user, and no method of the API changes it. */
export function historyHandlers({ services, respond, authed }: HandlerContext): HttpHandler[] {
  const { review } = services;
  const refuseWrite = async () => {
    const response = await respond(async () => historyNotWritable());
    if (response.status === 405) response.headers.set('Allow', 'GET');
    return response;
  };
  return [
    http.get(reviewRoutes.targetHistory, ({ params, request }) => authed(request, () => review.targetHistory(String(params.targetId)))),
    http.post(reviewRoutes.targetHistory, refuseWrite),
    http.put(reviewRoutes.targetHistory, refuseWrite),
    http.patch(reviewRoutes.targetHistory, refuseWrite),
    http.delete(reviewRoutes.targetHistory, refuseWrite),
  ];
}
