import { describe, expect, it } from 'vitest';
import { copyAsNewPlan } from '../plan-copies';
import { callApi } from './api-call';

const TARGET_1212 = '/api/targets/vantaa-2021-12-12';
const TARGET_171 = '/api/targets/vantaa-2021-17-1';
const statusChange = (baseVersion = 1) => ({ baseVersion, changes: { status: 'partially' } });

describe('sessions', () => {
  it('lists the people to sign in as without a session, and nothing else', async () => {
    const people = await callApi('GET', '/api/users', { as: null });
    expect(people.status).toBe(200);
    expect((people.body.users as { name: string }[]).map((user) => user.name)).toEqual(
      expect.arrayContaining(['Katri Kalske', 'Riikka Åstrand', 'Maija Manageri', 'Lauri Lautakunta', 'Anni Admin']),
    );
    for (const path of ['/api/plans', '/api/plans/vantaa-kasvatus-2021/targets', TARGET_1212, '/api/measures', '/api/projects']) {
      const answer = await callApi('GET', path, { as: null });
      expect(answer.status, path).toBe(401);
      expect(answer.body.message).toMatch(/Kirjaudu/);
    }
  });

  it('signs in with a person from the list and answers who is signed in', async () => {
    const signIn = await callApi('POST', '/api/session', { as: null, body: { userId: 'riikka-astrand' } });
    expect(signIn.status).toBe(201);
    const token = signIn.body.token as string;
    const current = await callApi('GET', '/api/session', { as: null, token });
    expect(current.body.user).toMatchObject({ name: 'Riikka Åstrand', role: 'responsible' });
  });

  it('refuses an unknown person, a malformed body and a made-up token', async () => {
    expect((await callApi('POST', '/api/session', { as: null, body: { userId: 'nobody' } })).status).toBe(401);
    expect((await callApi('POST', '/api/session', { as: null, body: { userId: 'x', role: 'admin' } })).status).toBe(400);
    expect((await callApi('GET', '/api/plans', { as: null, token: 'made-up' })).status).toBe(401);
  });

  it('forgets a session when its owner signs out', async () => {
    const token = (await callApi('POST', '/api/session', { as: null, body: { userId: 'katri-kalske' } })).body.token as string;
    expect((await callApi('DELETE', '/api/session', { as: null, token })).status).toBe(200);
    expect((await callApi('GET', '/api/plans', { as: null, token })).status).toBe(401);
  });
});

describe('updating a target (PATCH /api/targets/:id)', () => {
  it.each([
    ['the admin', 'anni-admin', TARGET_1212, 200],
    ['a manager', 'maija-manageri', TARGET_1212, 200],
    ['a responsible person on their own target', 'riikka-astrand', TARGET_171, 200],
    ['a reporting responsible person on their target', 'timo-aronkyto', '/api/targets/vantaa-2021-12-5', 200],
    ['a responsible person on someone else’s target', 'riikka-astrand', TARGET_1212, 403],
    ['a board member', 'lauri-lautakunta', TARGET_1212, 403],
    ['nobody signed in', null, TARGET_1212, 401],
  ])('%s → %i', async (_who, as, path, expected) => {
    const answer = await callApi('PATCH', path, { as, body: statusChange() });
    expect(answer.status).toBe(expected);
    const after = await callApi('GET', path, { as: 'anni-admin' });
    expect((after.body.target as { version: number }).version).toBe(expected === 200 ? 2 : 1);
  });

  it('records who made the change, from the session and not from the body', async () => {
    const answer = await callApi('PATCH', TARGET_171, { as: 'riikka-astrand', body: statusChange() });
    expect(answer.body.target).toMatchObject({ updatedBy: 'Riikka Åstrand', version: 2 });
  });

  it('says why it refuses, in a sentence', async () => {
    const answer = await callApi('PATCH', TARGET_1212, { as: 'lauri-lautakunta', body: statusChange() });
    expect(answer.body).toMatchObject({ error: 'forbidden', message: expect.stringMatching(/oikeutta.*12\.12/) as unknown });
  });
});

describe('importing a new plan (PUT /api/plans/:id)', () => {
  it.each([
    ['the admin', 'anni-admin', 201],
    ['a manager', 'maija-manageri', 403],
    ['a responsible person', 'katri-kalske', 403],
    ['a board member', 'lauri-lautakunta', 403],
    ['nobody signed in', null, 401],
  ])('%s → %i', async (_who, as, expected) => {
    const body = { editId: `import-${String(as)}`, data: copyAsNewPlan('tuotu-rooli') };
    expect((await callApi('PUT', '/api/plans/tuotu-rooli', { as, body })).status).toBe(expected);
    const plans = await callApi('GET', '/api/plans', { as: 'anni-admin' });
    const ids = (plans.body.plans as { id: string }[]).map((plan) => plan.id);
    expect(ids.includes('tuotu-rooli')).toBe(expected === 201);
  });
});
