import { describe, expect, it } from 'vitest';
import { defineContractSuite } from '../contract';
import { createMswTarget } from '../contract/msw-target';
import { TARGET_1212 } from '../contract/endpoints';

// The demo API's handlers (MSW, started by test/setup.ts) against the shared contract.
const target = createMswTarget();
defineContractSuite(target);

/** The demo's own way of signing in: any listed person, by id, with no password; the session is a bearer token. */
describe('demo sessions (MSW only)', () => {
  it('lists the people to sign in as without a session', async () => {
    const people = await target.call('GET', '/api/users', { as: null });
    expect(people.status).toBe(200);
    expect((people.body.users as { name: string }[]).map((user) => user.name)).toEqual(
      expect.arrayContaining(['Katri Kalske', 'Riikka Åstrand', 'Maija Manageri', 'Lauri Lautakunta', 'Anni Admin']),
    );
  });

  it('signs in with a person from the list and answers who is signed in', async () => {
    const signIn = await target.call('POST', '/api/session', { as: null, body: { userId: 'riikka-astrand' } });
    expect(signIn.status).toBe(201);
    expect(signIn.body).toMatchObject({ token: expect.any(String) as unknown, user: { name: 'Riikka Åstrand', role: 'responsible' } });
  });

  it('refuses an unknown person and a malformed body', async () => {
    expect((await target.call('POST', '/api/session', { as: null, body: { userId: 'nobody' } })).status).toBe(401);
    expect((await target.call('POST', '/api/session', { as: null, body: { userId: 'x', role: 'admin' } })).status).toBe(400);
    expect((await target.call('POST', '/api/session', { as: null, rawBody: '{' })).status).toBe(400);
  });

  it('reads the session from the Authorization header only', async () => {
    const { headers } = await target.signIn('anni-admin');
    const token = headers.Authorization?.replace('Bearer ', '') ?? '';
    expect((await target.call('GET', TARGET_1212, { as: null, headers: { Authorization: token } })).status).toBe(401);
    expect((await target.call('GET', TARGET_1212, { as: null, headers: { Cookie: `tavoitevahti_session=${token}` } })).status).toBe(401);
  });
});
