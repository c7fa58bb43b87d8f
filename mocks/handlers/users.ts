import { http, type HttpHandler } from 'msw';
import { adminRoutes } from '../../src/api/contract-admin';
import { withJsonBody, type HandlerContext } from './handler-context';

/** Managing people and their roles (admins only). GET /api/users, for the sign-in page, is in session.ts. */
export function userHandlers({ services, authed }: HandlerContext): HttpHandler[] {
  const { users } = services;
  return [
    http.get(adminRoutes.adminUsers, ({ request }) => authed(request, (actor) => users.listUsers(actor))),
    http.post(adminRoutes.users, ({ request }) => authed(request, (actor) => withJsonBody(request, (body) => users.addUser(body, actor)))),
    http.patch(adminRoutes.user, ({ params, request }) =>
      authed(request, (actor) => withJsonBody(request, (body) => users.updateUser(String(params.userId), body, actor))),
    ),
  ];
}
