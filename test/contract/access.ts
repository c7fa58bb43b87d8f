import { describe, expect, it } from 'vitest';
import type { ApiServices } from '../../mocks/routes/api-route';
import { apiRouteTable } from '../../mocks/routes/api-routes';
import type { ContractTarget } from './contract-target';
import { expectedStatus, HISTORY_WRITES, personOf, READ_ENDPOINTS, ROLES, TARGET_1212, TARGET_125, TARGET_171, WRITE_ENDPOINTS, PEOPLE } from './endpoints';

const ENDPOINTS = [...READ_ENDPOINTS, ...WRITE_ENDPOINTS];
const CASES = ENDPOINTS.flatMap((endpoint) => ROLES.map((who) => ({ ...endpoint, who, expected: expectedStatus(endpoint, who) })));

const matches = (pattern: string, path: string) => new RegExp(`^${pattern.replace(/:[^/]+/g, '[^/]+')}$`).test(path);

/** Roles: every endpoint against every role (401 without a session, 403 for a role that may not, else the answer). */
export function accessContract(target: ContractTarget) {
  describe('every endpoint against every role', () => {
    it('covers every route of the shared route table', () => {
      // The services are never called here: the table is read for its methods and paths only.
      const table = apiRouteTable({} as ApiServices);
      const scanned = [...ENDPOINTS.map(({ method, path }) => ({ method, path })), ...HISTORY_WRITES.map((method) => ({ method, path: `${TARGET_1212}/history` }))];
      const missing = table.filter((route) => !scanned.some((call) => call.method === route.method && matches(route.path, call.path)));
      expect(missing.map((route) => `${route.method} ${route.path}`)).toEqual([]);
      const unknown = scanned.filter((call) => !table.some((route) => route.method === call.method && matches(route.path, call.path)));
      expect(unknown).toEqual([]);
    });

    it.each(CASES)('$name ($method $path) as $who → $expected', async ({ method, path, body, who, expected }) => {
      const answer = await target.call(method, path, { as: personOf(who), body: body?.() });
      expect(answer.status, answer.text).toBe(expected);
      if (expected === 401) expect(answer.body).toMatchObject({ error: 'unauthorized', message: expect.stringMatching(/Kirjaudu/) as unknown });
      if (expected === 403) expect(answer.body).toMatchObject({ error: 'forbidden', message: expect.stringMatching(/oikeutta/) as unknown });
    });

    it('changes nothing when it refuses', async () => {
      for (const who of ['none', 'viewer', 'responsible'] as const) {
        await target.call('PATCH', TARGET_1212, { as: personOf(who), body: { baseVersion: 1, changes: { status: 'partially' } } });
        await target.call('PATCH', '/api/users/katri-kalske', { as: personOf(who), body: { role: 'admin' } });
      }
      const after = await target.call('GET', TARGET_1212, { as: PEOPLE.admin });
      expect(after.body.target).toMatchObject({ version: 1, status: 'notAtAll' });
      const history = await target.call('GET', `${TARGET_1212}/history`, { as: PEOPLE.admin });
      expect(history.body.entries).toEqual([]);
      const people = await target.call('GET', '/api/admin/users', { as: PEOPLE.admin });
      expect(people.body.users).toContainEqual(expect.objectContaining({ id: 'katri-kalske', role: 'responsible' }));
    });
  });

  describe('updating a target (PATCH /api/targets/:id) by role', () => {
    it.each([
      ['the admin', 'anni-admin', TARGET_1212, 200],
      ['a manager', 'maija-manageri', TARGET_1212, 200],
      ['a responsible person on their own target', 'riikka-astrand', TARGET_171, 200],
      ['a reporting responsible person on their target', 'timo-aronkyto', TARGET_125, 200],
      ['a responsible person on someone else’s target', 'riikka-astrand', TARGET_1212, 403],
      ['a board member', 'lauri-lautakunta', TARGET_1212, 403],
      ['nobody signed in', null, TARGET_1212, 401],
    ])('%s → %i', async (_who, as, path, expected) => {
      const answer = await target.call('PATCH', path, { as, body: { baseVersion: 1, changes: { status: 'partially' } } });
      expect(answer.status).toBe(expected);
      const after = await target.call('GET', path, { as: 'anni-admin' });
      expect((after.body.target as { version: number }).version).toBe(expected === 200 ? 2 : 1);
    });

    it('records who made the change, from the session and not from the body', async () => {
      const answer = await target.call('PATCH', TARGET_171, {
        as: 'riikka-astrand',
        body: { baseVersion: 1, changes: { status: 'partially' } },
      });
      expect(answer.body.target).toMatchObject({ updatedBy: 'Riikka Åstrand', version: 2 });
    });

    it('says why it refuses, in a sentence', async () => {
      const answer = await target.call('PATCH', TARGET_1212, { as: 'lauri-lautakunta', body: { baseVersion: 1, changes: { status: 'partially' } } });
      expect(answer.body).toMatchObject({ error: 'forbidden', message: expect.stringMatching(/oikeutta.*12\.12/) as unknown });
    });
  });
}
