import type { Context, Hono } from 'hono';
import { apiRoutes } from '../../src/api/contract';
import { failure, ok, type ApiResult } from '../../mocks/service/api-result';
import type { ApiServices } from '../../mocks/routes/api-route';
import { readJsonBody } from '../../mocks/routes/api-route';
import { z } from '../../src/domain/zod';
import type { ServerStorage } from '../storage/server-storage';
import type { LoginLimiter } from './login-limiter';
import { decoyPasswordHash, PASSWORD_MAX_LENGTH, verifyPassword } from './passwords';
import { clearSessionCookie, csrfTokenFor, readSessionCookie, writeSessionCookie } from './session-cookie';

/** POST /api/session on the real server: a username and a password, never a person picked from a list. */
export const passwordSignInSchema = z
  .object({ username: z.string().trim().min(1).max(100), password: z.string().min(1).max(PASSWORD_MAX_LENGTH) })
  .strict();

const wrongCredentials = () => failure(401, 'wrongCredentials', 'Käyttäjätunnus tai salasana on väärin.');

export interface SessionRouteOptions {
  services: ApiServices;
  storage: ServerStorage;
  limiter: LoginLimiter;
  cookieSecure: boolean;
  clientAddress: (c: Context) => string;
  answer: (c: Context, result: ApiResult) => Response;
}

/**
 * Signing in and out of the real server. The answers have the demo's shape, with the CSRF token as the
 * `token` the client shows on every request; the session itself travels only in the HTTP-only cookie.
 */
export function mountSessionRoutes(app: Hono, options: SessionRouteOptions) {
  const { services, storage, limiter, cookieSecure, answer } = options;

  app.post(apiRoutes.session, async (c) => {
    if (!(c.req.header('Content-Type') ?? '').toLowerCase().startsWith('application/json')) {
      return answer(c, failure(415, 'unsupportedMediaType', 'Kirjautumistiedot lähetetään JSON-muodossa.'));
    }
    const parsed = passwordSignInSchema.safeParse(await readJsonBody(c.req.raw));
    if (!parsed.success) return answer(c, failure(400, 'badRequest', 'Anna käyttäjätunnus ja salasana.'));
    const { username, password } = parsed.data;
    const address = options.clientAddress(c);
    const wait = limiter.retryAfterSeconds(username, address);
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return answer(c, failure(429, 'tooManyAttempts', `Liian monta epäonnistunutta yritystä. Yritä uudelleen ${Math.ceil(wait / 60)} minuutin kuluttua.`));
    }
    const credential = await storage.getCredentialByUsername(username);
    const matches = await verifyPassword(password, credential?.passwordHash ?? (await decoyPasswordHash()));
    const user = credential && matches ? await storage.getUser(credential.userId) : undefined;
    if (!user) {
      limiter.failed(username, address);
      return answer(c, wrongCredentials());
    }
    limiter.succeeded(username);
    const { token, expiresAt } = await services.auth.startSession(user);
    writeSessionCookie(c, token, expiresAt, cookieSecure);
    return answer(c, { status: 201, body: { token: csrfTokenFor(token), user, expiresAt } });
  });

  app.get(apiRoutes.session, async (c) => {
    const token = readSessionCookie(c);
    const session = await services.auth.sessionOf(token);
    if ('refusal' in session || !token) return answer(c, 'refusal' in session ? session.refusal : failure(401, 'unauthorized', ''));
    return answer(c, ok({ user: session.actor, expiresAt: session.expiresAt, token: csrfTokenFor(token) }));
  });

  app.delete(apiRoutes.session, async (c) => {
    await services.auth.endSession(readSessionCookie(c));
    clearSessionCookie(c, cookieSecure);
    return answer(c, ok({ signedOut: true }));
  });
}
