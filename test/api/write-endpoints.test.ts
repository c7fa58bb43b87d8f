import { describe, expect, it } from 'vitest';
import { vantaa2021 } from '../../mocks/seed/vantaa-2021';
import { copyAsNewPlan } from '../plan-copies';
import { callApi } from './api-call';

const PLAN = vantaa2021.plan.id;
const [firstTheme] = vantaa2021.themes;
const [firstGoal] = vantaa2021.goals;
if (!firstTheme || !firstGoal) throw new Error('the seed has no themes or goals');

type Who = 'none' | 'viewer' | 'responsible' | 'manager' | 'admin';
const PEOPLE: Record<Exclude<Who, 'none'>, string> = {
  viewer: 'lauri-lautakunta',
  // Riikka Åstrand is responsible for 17.1 only; the endpoints below touch other things.
  responsible: 'riikka-astrand',
  manager: 'maija-manageri',
  admin: 'anni-admin',
};

interface WriteEndpoint {
  name: string;
  method: string;
  path: string;
  body?: () => unknown;
  /** The answer for each role that may call it; every other signed-in role gets 403, nobody signed in 401. */
  allowed: Partial<Record<Who, number>>;
}

const managers = (status: number) => ({ manager: status, admin: status });

/** Every write endpoint of the API with a valid body, and who may call it. */
const ENDPOINTS: WriteEndpoint[] = [
  { name: 'update a target', method: 'PATCH', path: '/api/targets/vantaa-2021-12-12', body: () => ({ baseVersion: 1, changes: { status: 'partially' } }), allowed: managers(200) },
  { name: 'import a plan', method: 'PUT', path: '/api/plans/tuotu', body: () => ({ editId: crypto.randomUUID(), data: copyAsNewPlan('tuotu') }), allowed: { admin: 201 } },
  { name: 'update a measure', method: 'PATCH', path: '/api/measures/measure-91', body: () => ({ baseVersion: 1, changes: { progress: 'late' } }), allowed: managers(200) },
  { name: 'update a project', method: 'PATCH', path: '/api/projects/6aika-digipoint', body: () => ({ baseVersion: 1, changes: { goals: 'Uudet tavoitteet.' } }), allowed: managers(200) },
  { name: 'review a target', method: 'POST', path: '/api/targets/vantaa-2021-12-12/review', body: () => ({ version: 1, decision: 'reviewed' }), allowed: managers(200) },
  { name: 'add a theme', method: 'POST', path: `/api/plans/${PLAN}/themes`, body: () => ({ title: 'Uusi teema' }), allowed: managers(201) },
  { name: 'edit a theme', method: 'PATCH', path: `/api/themes/${firstTheme.id}`, body: () => ({ title: 'Uusi nimi' }), allowed: managers(200) },
  { name: 'add a goal', method: 'POST', path: `/api/plans/${PLAN}/goals`, body: () => ({ themeId: firstTheme.id, number: '99', title: 'Uusi tavoite' }), allowed: managers(201) },
  { name: 'edit a goal', method: 'PATCH', path: `/api/goals/${firstGoal.id}`, body: () => ({ title: 'Uusi nimi' }), allowed: managers(200) },
  // The goal has targets, so even a manager is told to archive it instead.
  { name: 'delete a goal', method: 'DELETE', path: `/api/goals/${firstGoal.id}`, allowed: managers(409) },
  { name: 'add a target', method: 'POST', path: `/api/plans/${PLAN}/targets`, body: () => ({ goalId: firstGoal.id, code: '99.1', title: 'Uusi sitova tavoite' }), allowed: managers(201) },
  { name: 'change a target’s place in the structure', method: 'PATCH', path: '/api/targets/vantaa-2021-12-12/structure', body: () => ({ changes: { archived: true } }), allowed: managers(200) },
  { name: 'reorder themes', method: 'POST', path: `/api/plans/${PLAN}/reorder`, body: () => ({ parent: 'plan', parentId: PLAN, ids: vantaa2021.themes.map((theme) => theme.id).reverse() }), allowed: managers(200) },
  { name: 'change the plan’s update rules', method: 'PATCH', path: `/api/plans/${PLAN}/settings`, body: () => ({ updateIntervalDays: 14 }), allowed: managers(200) },
  { name: 'change a person’s role', method: 'PATCH', path: '/api/users/katri-kalske', body: () => ({ role: 'manager' }), allowed: { admin: 200 } },
  { name: 'add a person', method: 'POST', path: '/api/users', body: () => ({ name: 'Uusi Henkilö', title: 'Suunnittelija', role: 'responsible' }), allowed: { admin: 201 } },
];

const ROLES: Who[] = ['none', 'viewer', 'responsible', 'manager', 'admin'];
const CASES = ENDPOINTS.flatMap((endpoint) =>
  ROLES.map((who) => ({ ...endpoint, who, expected: who === 'none' ? 401 : (endpoint.allowed[who] ?? 403) })),
);

describe('every write endpoint against every role', () => {
  it.each(CASES)('$name ($method $path) as $who → $expected', async ({ method, path, body, who, expected }) => {
    const answer = await callApi(method, path, { as: who === 'none' ? null : PEOPLE[who], body: body?.() });
    expect(answer.status).toBe(expected);
    if (expected === 401 || expected === 403) expect(answer.body.message).toEqual(expect.any(String));
  });
});

describe('the audit trail', () => {
  it('cannot be written through the API, by anyone', async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const answer = await callApi(method, '/api/targets/vantaa-2021-12-12/history', { as: PEOPLE.admin, body: { entries: [] } });
      expect(answer.status, method).toBe(405);
    }
  });

  it('records every accepted change with who, when, which fields, before and after', async () => {
    await callApi('PATCH', '/api/targets/vantaa-2021-12-12', { as: PEOPLE.manager, body: { baseVersion: 1, changes: { status: 'partially' } } });
    await callApi('PATCH', '/api/targets/vantaa-2021-12-12/structure', { as: PEOPLE.admin, body: { changes: { title: 'Uusi otsikko' } } });
    const history = await callApi('GET', '/api/targets/vantaa-2021-12-12/history', { as: PEOPLE.viewer });
    expect(history.status).toBe(200);
    expect(history.body.entries).toEqual([
      expect.objectContaining({ actorName: 'Anni Admin', version: 3, changes: [expect.objectContaining({ field: 'title', after: 'Uusi otsikko' })] }),
      expect.objectContaining({
        actorName: 'Maija Manageri',
        version: 2,
        at: expect.any(String) as unknown,
        changes: [{ field: 'status', before: 'notAtAll', after: 'partially' }],
      }),
    ]);
  });
});
