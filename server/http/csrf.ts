import type { MiddlewareHandler } from 'hono';
import { failure } from '../../mocks/service/api-result';
import { CSRF_HEADER, csrfTokenFor, readSessionCookie } from '../auth/session-cookie';
import type { ApiResult } from '../../mocks/service/api-result';
import type { Context } from 'hono';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cookie-authenticated writes must come from this app: another origin's request is refused, and a write
 * with the session cookie must carry the CSRF token that pairs with it (a cross-site form cannot).
 */
export function csrfProtection(answer: (c: Context, result: ApiResult) => Response): MiddlewareHandler {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const origin = c.req.header('Origin');
    if (origin && origin !== new URL(c.req.url).origin) {
      return answer(c, failure(403, 'crossOrigin', 'Pyyntö tuli toiselta sivustolta, joten sitä ei käsitelty.'));
    }
    const token = readSessionCookie(c);
    if (token && c.req.header(CSRF_HEADER) !== csrfTokenFor(token)) {
      return answer(c, failure(403, 'csrf', 'Pyynnöstä puuttui istunnon tarkiste. Lataa sivu uudelleen ja kirjaudu tarvittaessa sisään.'));
    }
    return next();
  };
}
