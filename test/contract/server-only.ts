import { request } from 'node:http';
import { beforeEach, describe, expect, it } from 'vitest';
import { CSRF_HEADER, SESSION_COOKIE } from '../../server/auth/session-cookie';
import { DEMO_PASSWORD, sessionCookieOf, type ServerContractTarget } from './server-target';
import { MEASURE, PEOPLE, TARGET_1212 } from './endpoints';
import { adminPasswordContract } from './server-passwords';

const { manager, admin } = PEOPLE;
const change = { baseVersion: 1, changes: { status: 'partially' } };

/**
 * Sends one request on a connection of its own, closed afterwards. The server answers 413 before reading the body
 * and then closes the connection while announcing keep-alive, so fetch's pooled connection would fail the next call.
 */
function sendAlone(url: string, method: string, headers: Record<string, string>, body: string): Promise<{ status: number; body: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const call = request(url, { method, headers: { ...headers, 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)) }, agent: false });
    call.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown> }));
    });
    // The server may close its side before the whole body is written: that is the point, not a failure.
    call.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    call.end(body);
  });
}

/** What only the real server has: body limits, cookie sessions with CSRF, origin checks, sign-in limits, health, headers, passwords. */
export function serverOnlyContract(target: ServerContractTarget) {
  describe(`HTTP hardening on ${target.name}`, () => {
    beforeEach(() => target.reset());
    const targetVersion = async () => ((await target.call('GET', TARGET_1212, { as: admin })).body.target as { version: number }).version;

    describe('request bodies', () => {
      it('refuses a body over 1 MB with 413, and changes nothing', async () => {
        const huge = JSON.stringify({ baseVersion: 1, changes: { metricStatus: 'x'.repeat(1024 * 1024) } });
        const session = await target.signIn(manager);
        const answer = await sendAlone(new URL(TARGET_1212, target.url).href, 'PATCH', { ...session.headers }, huge);
        expect(answer.status).toBe(413);
        expect(answer.body).toMatchObject({ error: 'payloadTooLarge', message: expect.any(String) as unknown });
        expect(await targetVersion()).toBe(1);
      });

      it('refuses an oversized sign-in or anonymous body with 413 too', async () => {
        const huge = 'x'.repeat(1024 * 1024 + 1);
        expect((await sendAlone(new URL('/api/session', target.url).href, 'POST', {}, huge)).status).toBe(413);
        expect((await sendAlone(new URL('/api/plans/tuotu', target.url).href, 'PUT', {}, huge)).status).toBe(413);
      });

      it('takes a body just under the limit', async () => {
        const text = 'x'.repeat(9_000);
        const body = JSON.stringify({ baseVersion: 1, changes: { metricStatus: text } }).padEnd(1024 * 1024 - 100, ' ');
        const answer = await target.call('PATCH', TARGET_1212, { as: manager, rawBody: body });
        expect(answer.status).toBe(200);
      });
    });

    describe('CSRF and origin', () => {
      it('refuses a write with the session cookie but without the CSRF token (403), and changes nothing', async () => {
        const answer = await target.call('PATCH', TARGET_1212, { as: manager, body: change, headers: { [CSRF_HEADER]: null } });
        expect(answer.status).toBe(403);
        expect(answer.body).toMatchObject({ error: 'csrf', message: expect.any(String) as unknown });
        expect(await targetVersion()).toBe(1);
      });

      it('refuses a write with a wrong CSRF token, or another session’s token (403)', async () => {
        expect((await target.call('PATCH', TARGET_1212, { as: manager, body: change, headers: { [CSRF_HEADER]: 'wrong' } })).status).toBe(403);
        const other = await target.signIn(manager);
        const otherToken = other.headers[CSRF_HEADER] ?? '';
        expect((await target.call('PATCH', TARGET_1212, { as: manager, body: change, headers: { [CSRF_HEADER]: otherToken } })).status).toBe(403);
        expect((await target.call('DELETE', '/api/session', { as: manager, headers: { [CSRF_HEADER]: null } })).status).toBe(403);
        expect(await targetVersion()).toBe(1);
      });

      it('needs no CSRF token to read', async () => {
        expect((await target.call('GET', TARGET_1212, { as: manager, headers: { [CSRF_HEADER]: null } })).status).toBe(200);
      });

      it('refuses a write from another origin (403), even with the right token', async () => {
        const answer = await target.call('PATCH', TARGET_1212, { as: manager, body: change, headers: { Origin: 'https://evil.example' } });
        expect(answer.status).toBe(403);
        expect(answer.body).toMatchObject({ error: 'crossOrigin' });
        const signIn = await target.call('POST', '/api/session', {
          as: null,
          body: { username: manager, password: DEMO_PASSWORD },
          headers: { Origin: 'https://evil.example' },
        });
        expect(signIn.status).toBe(403);
        expect(await targetVersion()).toBe(1);
      });

      it('takes a write from its own origin', async () => {
        const answer = await target.call('PATCH', TARGET_1212, { as: manager, body: change, headers: { Origin: new URL(target.url).origin } });
        expect(answer.status).toBe(200);
      });

      it('does not take a bearer token in place of the cookie', async () => {
        const session = await target.signIn(manager);
        const cookie = session.headers.Cookie?.slice(SESSION_COOKIE.length + 1) ?? '';
        const answer = await target.call('GET', TARGET_1212, { as: null, headers: { Authorization: `Bearer ${cookie}` } });
        expect(answer.status).toBe(401);
      });
    });

    describe('signing in', () => {
      it('refuses a wrong password or an unknown username with the same 401', async () => {
        const wrong = await target.signInWithPassword('katri-kalske', 'not-the-password');
        const unknown = await target.signInWithPassword('nobody-here', 'not-the-password');
        expect(wrong.status).toBe(401);
        expect(unknown.status).toBe(401);
        expect(unknown.body).toEqual(wrong.body);
        expect(wrong.headers.getSetCookie()).toEqual([]);
      });

      it('refuses the demo’s sign-in by person id (400) and a body that is not JSON (415)', async () => {
        expect((await target.call('POST', '/api/session', { as: null, body: { userId: 'anni-admin' } })).status).toBe(400);
        const form = await target.call('POST', '/api/session', {
          as: null,
          rawBody: `username=anni-admin&password=${DEMO_PASSWORD}`,
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        });
        expect(form.status).toBe(415);
      });

      it('answers the 6th failure in a row with 429 and Retry-After, even with the right password', async () => {
        // The limiter also counts failures by address, and every test comes from 127.0.0.1: start from none.
        await target.restart();
        try {
          for (let attempt = 1; attempt <= 5; attempt += 1) {
            expect((await target.signInWithPassword('timo-aronkyto', `wrong-${attempt}`)).status, `attempt ${attempt}`).toBe(401);
          }
          const sixth = await target.signInWithPassword('timo-aronkyto', 'wrong-6');
          expect(sixth.status).toBe(429);
          expect(sixth.body).toMatchObject({ error: 'tooManyAttempts', message: expect.any(String) as unknown });
          expect(Number(sixth.headers.get('Retry-After'))).toBeGreaterThan(0);
          expect((await target.signInWithPassword('timo-aronkyto', DEMO_PASSWORD)).status).toBe(429);
        } finally {
          // The limiter is in memory (and counts this address too): a restart lets the other tests sign in again.
          await target.restart();
        }
      });

      it('sets the session cookie HttpOnly, Secure and SameSite=Strict, and answers the CSRF token, not the session', async () => {
        const answer = await target.signInWithPassword(admin, DEMO_PASSWORD);
        expect(answer.status).toBe(201);
        const [cookie, ...others] = answer.headers.getSetCookie();
        expect(others).toEqual([]);
        expect(cookie).toMatch(new RegExp(`^${SESSION_COOKIE}=[^;]+`));
        const attributes = (cookie ?? '').split(';').map((part) => part.trim().toLowerCase());
        expect(attributes).toEqual(expect.arrayContaining(['httponly', 'secure', 'samesite=strict', 'path=/']));
        expect(attributes.some((attribute) => attribute.startsWith('expires='))).toBe(true);
        expect(answer.body.token).not.toBe(sessionCookieOf([cookie ?? '']));
        expect(answer.body.user).toMatchObject({ id: admin, role: 'admin' });
      });

      it('clears the cookie on sign-out, and the old cookie no longer works', async () => {
        const session = await target.signIn(admin);
        const out = await target.signOut(session);
        expect(out.status).toBe(200);
        const cleared = out.headers.getSetCookie().find((line) => line.startsWith(`${SESSION_COOKIE}=`)) ?? '';
        expect(cleared).toMatch(new RegExp(`^${SESSION_COOKIE}=;`));
        expect(cleared.toLowerCase()).toMatch(/max-age=0|expires=thu, 01 jan 1970/);
        expect((await target.call('GET', MEASURE, { as: session })).status).toBe(401);
      });
    });

    describe('health and headers', () => {
      it('answers GET /api/health with 200 without a session', async () => {
        const answer = await target.call('GET', '/api/health', { as: null });
        expect(answer.status).toBe(200);
        expect(answer.body).toEqual({ status: 'ok', storage: target.storageKind });
      });

      it.each([
        ['health', 'GET', '/api/health', null],
        ['a read', 'GET', TARGET_1212, admin],
        ['a refusal', 'GET', TARGET_1212, null],
        ['an unknown address', 'GET', '/api/no-such-thing', null],
        ['a write', 'PATCH', TARGET_1212, manager],
      ] as const)('sends the security headers with %s', async (_what, method, path, as) => {
        const answer = await target.call(method, path, { as, body: method === 'PATCH' ? change : undefined });
        const policy = answer.headers.get('Content-Security-Policy') ?? '';
        expect(policy).toMatch(/default-src 'self'|script-src 'self'/);
        expect(policy).not.toContain("'unsafe-inline'");
        expect(policy).not.toContain("'unsafe-eval'");
        expect(answer.headers.get('X-Content-Type-Options')).toBe('nosniff');
        expect(answer.headers.get('Cache-Control')).toBe('no-store');
        // Plain HTTP on loopback: HSTS would be meaningless here, and is only sent over TLS.
        expect(answer.headers.get('Strict-Transport-Security')).toBeNull();
      });

      it('answers an unknown API address with 404 JSON', async () => {
        const answer = await target.call('GET', '/api/no-such-thing', { as: admin });
        expect(answer).toMatchObject({ status: 404, body: { error: 'notFound' } });
      });
    });
  });
  adminPasswordContract(target);
}
