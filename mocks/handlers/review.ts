import { http, type HttpHandler } from 'msw';
import { reviewRoutes } from '../../src/api/contract-review';
import { withJsonBody, type HandlerContext } from './handler-context';

/** The review workflow: a manager's queue and decisions, and a responsible person's returned updates. */
export function reviewHandlers({ services, authed }: HandlerContext): HttpHandler[] {
  const { review } = services;
  return [
    http.get(reviewRoutes.reviewQueue, ({ params, request }) => authed(request, (actor) => review.reviewQueue(String(params.planId), actor))),
    http.post(reviewRoutes.targetReview, ({ params, request }) =>
      authed(request, (actor) => withJsonBody(request, (body) => review.decide(String(params.targetId), body, actor))),
    ),
    http.get(reviewRoutes.myReturns, ({ request }) => authed(request, (actor) => review.myReturns(actor))),
  ];
}
