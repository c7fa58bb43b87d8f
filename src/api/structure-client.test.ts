import { describe, expect, it } from 'vitest';
import { signInForTest } from '../../test/sign-in';
import { testStorage } from '../../mocks/node';
import { ApiError } from './client';
import { adminClient } from './admin-client';
import { adminPaths } from './contract-admin';
import { structurePaths } from './contract-structure';
import { useSessionStore } from './session-store';
import { structureClient } from './structure-client';

const PLAN = 'vantaa-kasvatus-2021';

/** Every new write route, called as a client on the network would, with no bearer token. */
const writeRoutes: [method: string, path: string, body: unknown][] = [
  ['POST', structurePaths.planThemes(PLAN), { title: 'Uusi teema' }],
  ['PATCH', structurePaths.theme('vantaa-2021-theme-1'), { title: 'Uusi nimi' }],
  ['POST', structurePaths.planGoals(PLAN), { themeId: 'vantaa-2021-theme-1', number: '30', title: 'Uusi' }],
  ['PATCH', structurePaths.goal('vantaa-2021-goal-5'), { archived: true }],
  ['DELETE', structurePaths.goal('vantaa-2021-goal-5'), undefined],
  ['POST', structurePaths.planStructureTargets(PLAN), { goalId: 'vantaa-2021-goal-5', code: '5.9', title: 'Uusi' }],
  ['PATCH', structurePaths.targetStructure('vantaa-2021-5-1'), { changes: { archived: true } }],
  ['POST', structurePaths.planReorder(PLAN), { parent: 'plan', parentId: PLAN, ids: [] }],
  ['PATCH', structurePaths.planSettings(PLAN), { updateIntervalDays: 14 }],
  ['GET', adminPaths.adminUsers(), undefined],
  ['POST', adminPaths.users(), { name: 'Uusi Henkilö', title: '', role: 'viewer' }],
  ['PATCH', adminPaths.user('lauri-lautakunta'), { role: 'manager' }],
];

describe('structure and user routes through the API', () => {
  it.each(writeRoutes)('%s %s answers 401 without a session and changes nothing', async (method, path, body) => {
    const auditBefore = await testStorage.listPlanAudit(PLAN);
    const response = await fetch(new URL(path, window.location.origin), {
      method,
      headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: string }).error).toBe('unauthorized');
    expect(await testStorage.listPlanAudit(PLAN)).toEqual(auditBefore);
    expect((await testStorage.getUser('lauri-lautakunta'))?.role).toBe('viewer');
  });

  it('lets a manager add a target through the client, and refuses a viewer with a forbidden error', async () => {
    await signInForTest('maija-manageri');
    const { target } = await structureClient.addTarget(PLAN, { goalId: 'vantaa-2021-goal-5', code: '5.2', title: 'Uusi tavoite' });
    expect(target).toMatchObject({ code: '5.2', version: 1, updatedBy: 'Maija Manageri' });
    await signInForTest('lauri-lautakunta');
    await expect(structureClient.updateTargetStructure(target.id, { changes: { archived: true } })).rejects.toMatchObject({
      kind: 'forbidden',
      status: 403,
    });
  });

  it('passes the field errors of a refused change to the caller', async () => {
    const adding = structureClient.addTarget(PLAN, { goalId: 'vantaa-2021-goal-5', code: '5.1', title: 'Sama koodi' });
    await expect(adding).rejects.toBeInstanceOf(ApiError);
    await expect(adding).rejects.toMatchObject({ kind: 'validation', fieldErrors: [{ field: 'code', code: 'invalidValue' }] });
  });

  it('lets only the admin list people', async () => {
    expect((await adminClient.listUsers()).users.length).toBeGreaterThan(5);
    await signInForTest('maija-manageri');
    await expect(adminClient.listUsers()).rejects.toMatchObject({ kind: 'forbidden' });
    expect(useSessionStore.getState().token).not.toBeNull();
  });
});
