import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

/** The session cookie: HTTP-only, so page script (or an injected one) cannot read the session. */
export const SESSION_COOKIE = 'tavoitevahti_session';
/** Cookie-authenticated writes carry this header; another site's form or fetch cannot know its value. */
export { CSRF_HEADER } from '../../src/api/contract';

/**
 * The CSRF token that pairs with a session: derived from the session token, so nothing more is stored,
 * and one-way, so knowing it does not reveal the session.
 */
export const csrfTokenFor = (sessionToken: string) => createHash('sha256').update(`csrf:${sessionToken}`).digest('base64url');

export const readSessionCookie = (c: Context): string | null => getCookie(c, SESSION_COOKIE) ?? null;

export function writeSessionCookie(c: Context, token: string, expiresAt: string, secure: boolean) {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    secure,
    sameSite: 'Strict',
    path: '/',
    expires: new Date(expiresAt),
  });
}

export function clearSessionCookie(c: Context, secure: boolean) {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure, httpOnly: true, sameSite: 'Strict' });
}
