import type { Context, Hono } from 'hono';
import { adminRoutes, setPasswordRequestSchema } from '../../src/api/contract-admin';
import { toFieldErrors, type FieldError } from '../../src/domain/field-errors';
import { canAdminister } from '../../src/domain/permissions';
import { withJsonBody, type ApiServices } from '../../mocks/routes/api-route';
import { failure, notFound, ok, type ApiResult } from '../../mocks/service/api-result';
import { forbidden } from '../../mocks/service/auth-service';
import { UsernameTakenError, type ServerStorage } from '../storage/server-storage';
import { passwordProblem } from './passwords';
import { setPersonPassword } from './person-password';
import { readSessionCookie } from './session-cookie';

export interface PasswordRouteOptions {
  services: ApiServices;
  storage: ServerStorage;
  answer: (c: Context, result: ApiResult) => Response;
}

/** 422 with the fields' errors; the message says what is wrong with the password when that is the trouble. */
function refusedPassword(body: unknown, fieldErrors: FieldError[]): ApiResult {
  const password = (body as { password?: unknown } | null)?.password;
  const message = (typeof password === 'string' && passwordProblem(password)) || 'Salasanaa ei asetettu: tiedot eivät kelpaa.';
  return { status: 422, body: { error: 'validation', message, fieldErrors } };
}

/**
 * An admin sets a person's password (only the real server has passwords, so this is not in the shared route
 * table). The session comes from the cookie; the CSRF middleware has already checked the token of this write.
 */
export function mountPasswordRoutes(app: Hono, { services, storage, answer }: PasswordRouteOptions) {
  app.put(adminRoutes.userPassword, async (c) => {
    const sessionToken = readSessionCookie(c);
    const session = await services.auth.sessionOf(sessionToken);
    if ('refusal' in session) return answer(c, session.refusal);
    if (!canAdminister(session.actor)) return answer(c, forbidden('salasanojen asettaminen kuuluu pääkäyttäjälle'));
    const userId = c.req.param('userId');
    const result = await withJsonBody(c.req.raw, async (body) => {
      const parsed = setPasswordRequestSchema.safeParse(body);
      if (!parsed.success) return refusedPassword(body, toFieldErrors(parsed.error));
      if (!(await storage.getUser(userId))) return notFound('Henkilöä');
      try {
        return ok({ username: await setPersonPassword(storage, userId, parsed.data.password, sessionToken) });
      } catch (error) {
        if (!(error instanceof UsernameTakenError)) throw error;
        return failure(409, 'usernameTaken', `Käyttäjätunnus ${error.username} on jo toisen henkilön käytössä, joten salasanaa ei asetettu.`);
      }
    });
    return answer(c, result);
  });
}
