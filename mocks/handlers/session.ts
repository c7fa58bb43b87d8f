import { http, type HttpHandler } from 'msw';
import { apiRoutes } from '../../src/api/contract';
import { withJsonBody } from '../routes/api-route';
import type { HandlerContext } from './handler-context';

/** Signing in and out of the demo: any listed person, by their id; the session is a bearer token. */
export function sessionHandlers({ services, respond }: HandlerContext): HttpHandler[] {
  const { auth } = services;
  const authorization = (request: Request) => request.headers.get('Authorization');
  return [
    http.get(apiRoutes.users, () => respond(() => auth.listUsers())),
    http.post(apiRoutes.session, ({ request }) => respond(() => withJsonBody(request, (body) => auth.signIn(body)))),
    http.get(apiRoutes.session, ({ request }) => respond(() => auth.currentSession(authorization(request)))),
    http.delete(apiRoutes.session, ({ request }) => respond(() => auth.signOut(authorization(request)))),
  ];
}
