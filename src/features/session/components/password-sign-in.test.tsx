import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findAlert, renderApp, VANTAA_PLAN_URL } from '../../../../test/render-app';
import { useSessionStore } from '../../../api/session-store';
import { server, testSessionFor } from '../../../../mocks/node';
import { demoUsers } from '../../../../mocks/seed/users';

const DETAIL_171 = `${VANTAA_PLAN_URL}/targets/vantaa-2021-17-1`;
const CSRF = 'csrf-token-of-the-session';

/**
 * The real server's sign-in, as the app sees it: the MSW test server plays its session route (password in,
 * CSRF token out) and checks that later requests carry the CSRF token, never a bearer header.
 */
describe('signing in to the real server (VITE_API_MODE=remote)', () => {
  const seen: { csrf: string | null; authorization: string | null }[] = [];

  beforeEach(() => {
    vi.stubEnv('VITE_API_MODE', 'remote');
    useSessionStore.getState().signedOut();
    seen.length = 0;
    const riikka = demoUsers.find((user) => user.id === 'riikka-astrand');
    server.use(
      http.post('/api/session', async ({ request }) => {
        const body = (await request.json()) as { username?: string; password?: string };
        if (body.username !== 'riikka-astrand' || body.password !== 'oikea-salasana-123') {
          return HttpResponse.json({ error: 'wrongCredentials', message: 'Käyttäjätunnus tai salasana on väärin.' }, { status: 401 });
        }
        return HttpResponse.json({ token: CSRF, user: riikka, expiresAt: '2026-12-23T09:00:00.000Z' }, { status: 201 });
      }),
      // Stands in for the cookie: once the CSRF token arrives, the test server answers as Riikka.
      http.all('/api/*', async ({ request }) => {
        seen.push({ csrf: request.headers.get('X-CSRF-Token'), authorization: request.headers.get('Authorization') });
        if (request.headers.get('X-CSRF-Token') === CSRF) request.headers.set('Authorization', `Bearer ${await testSessionFor('riikka-astrand')}`);
        return undefined;
      }),
    );
  });
  afterEach(() => vi.unstubAllEnvs());

  it('asks for a username and password, says when they are wrong, and then sends the CSRF token with every request', async () => {
    const { user } = renderApp(DETAIL_171);
    expect(await screen.findByRole('heading', { level: 1, name: 'Kirjaudu sisään' }, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Kirjaudu' }));
    expect(await findAlert(/Anna käyttäjätunnus ja salasana\./)).toBeInTheDocument();

    await user.type(screen.getByLabelText('Käyttäjätunnus'), 'riikka-astrand');
    await user.type(screen.getByLabelText('Salasana'), 'väärä-salasana');
    await user.click(screen.getByRole('button', { name: 'Kirjaudu' }));
    expect(await findAlert(/Käyttäjätunnus tai salasana on väärin\./)).toBeInTheDocument();
    expect(screen.getByLabelText('Salasana')).toHaveAttribute('type', 'password');

    await user.clear(screen.getByLabelText('Salasana'));
    await user.type(screen.getByLabelText('Salasana'), 'oikea-salasana-123');
    await user.click(screen.getByRole('button', { name: 'Kirjaudu' }));
    expect(await screen.findByRole('heading', { level: 1, name: /^17\.1 / }, { timeout: 15_000 })).toBeInTheDocument();
    expect(useSessionStore.getState().token).toBe(CSRF);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((request) => request.csrf === CSRF && request.authorization === null)).toBe(true);
  });
});
