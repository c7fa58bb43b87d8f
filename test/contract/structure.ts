import { describe, expect, it } from 'vitest';
import { goalResponseSchema, reorderResponseSchema, targetStructureResponseSchema, themeResponseSchema } from '../../src/api/contract-structure';
import { userResponseSchema } from '../../src/api/contract-admin';
import type { PlanData } from '../../src/domain/plan-data';
import { vantaa2021 } from '../../mocks/seed/vantaa-2021';
import type { ContractTarget } from './contract-target';
import { FIRST_GOAL, FIRST_THEME, PEOPLE, PLAN, PREVIOUS_PLAN, TARGET_1212 } from './endpoints';

const { manager, admin } = PEOPLE;

/** Plan structure edits (managers) and people (admins). */
export function structureContract(target: ContractTarget) {
  const plan = async (): Promise<PlanData> => (await target.call('GET', `/api/plans/${PLAN}/targets`, { as: manager })).body as unknown as PlanData;

  describe('structure edits', () => {
    it('adds a theme, a goal under it and a target under that, each at the end, and they are read back', async () => {
      const theme = await target.call('POST', `/api/plans/${PLAN}/themes`, { as: manager, body: { title: 'Uusi teema' } });
      expect(theme.status).toBe(201);
      const { theme: newTheme } = themeResponseSchema.parse(theme.body);
      expect(newTheme).toMatchObject({ planId: PLAN, title: 'Uusi teema', order: Math.max(...vantaa2021.themes.map((t) => t.order)) + 1 });

      const goal = await target.call('POST', `/api/plans/${PLAN}/goals`, { as: manager, body: { themeId: newTheme.id, number: '99', title: 'Uusi tavoite' } });
      expect(goal.status).toBe(201);
      const { goal: newGoal } = goalResponseSchema.parse(goal.body);
      expect(newGoal).toMatchObject({ themeId: newTheme.id, number: '99', order: 1 });

      const added = await target.call('POST', `/api/plans/${PLAN}/targets`, {
        as: manager,
        body: { goalId: newGoal.id, code: '99.1', title: 'Uusi sitova tavoite', responsiblePersons: ['Katri Kalske'] },
      });
      expect(added.status).toBe(201);
      expect(targetStructureResponseSchema.parse(added.body).target).toMatchObject({
        goalId: newGoal.id,
        code: '99.1',
        version: 1,
        status: 'notAssessed',
        order: 1,
        responsiblePersons: ['Katri Kalske'],
        updatedBy: 'Maija Manageri',
      });

      const after = await plan();
      expect(after.themes).toContainEqual(newTheme);
      expect(after.goals).toContainEqual(newGoal);
      expect(after.targets).toContainEqual(added.body.target);
      expect(after.targets).toHaveLength(vantaa2021.targets.length + 1);
    });

    it('renames a theme and a goal', async () => {
      const theme = await target.call('PATCH', `/api/themes/${FIRST_THEME.id}`, { as: manager, body: { title: 'Uusi nimi' } });
      expect(theme.status).toBe(200);
      const goal = await target.call('PATCH', `/api/goals/${FIRST_GOAL.id}`, { as: manager, body: { title: 'Toinen nimi', number: '12b' } });
      expect(goal.status).toBe(200);
      const after = await plan();
      expect(after.themes.find((t) => t.id === FIRST_THEME.id)).toMatchObject({ title: 'Uusi nimi' });
      expect(after.goals.find((g) => g.id === FIRST_GOAL.id)).toMatchObject({ title: 'Toinen nimi', number: '12b' });
    });

    it('refuses a taken target code, a goal of another plan and an unknown theme', async () => {
      const taken = await target.call('POST', `/api/plans/${PLAN}/targets`, { as: manager, body: { goalId: FIRST_GOAL.id, code: '12.12', title: 'Kaksoiskappale' } });
      expect(taken.status).toBe(422);
      expect(taken.body.fieldErrors).toEqual([{ field: 'code', code: 'invalidValue' }]);
      const otherPlan = await target.call('POST', `/api/plans/${PREVIOUS_PLAN}/targets`, { as: manager, body: { goalId: FIRST_GOAL.id, code: '99.1', title: 'Väärä' } });
      expect(otherPlan.status).toBe(422);
      expect(otherPlan.body.fieldErrors).toEqual([{ field: 'goalId', code: 'invalidValue' }]);
      const noTheme = await target.call('POST', `/api/plans/${PLAN}/goals`, { as: manager, body: { themeId: 'no-such-theme', number: '1', title: 'X' } });
      expect(noTheme.status).toBe(422);
      const noPlan = await target.call('POST', '/api/plans/no-such-plan/themes', { as: manager, body: { title: 'X' } });
      expect(noPlan.status).toBe(404);
      expect((await plan()).targets).toHaveLength(vantaa2021.targets.length);
    });

    it('archives a target with a new version, and refuses a stale base version with 409', async () => {
      const archived = await target.call('PATCH', `${TARGET_1212}/structure`, { as: manager, body: { baseVersion: 1, changes: { archived: true } } });
      expect(archived.status).toBe(200);
      expect(archived.body.target).toMatchObject({ archived: true, version: 2 });
      const stale = await target.call('PATCH', `${TARGET_1212}/structure`, { as: manager, body: { baseVersion: 1, changes: { archived: false } } });
      expect(stale.status).toBe(409);
      expect(stale.body).toMatchObject({ error: 'conflict', current: { archived: true, version: 2 } });
      const taken = await target.call('PATCH', `${TARGET_1212}/structure`, { as: manager, body: { changes: { code: '17.1' } } });
      expect(taken.status).toBe(422);
    });

    it('reorders the themes, and refuses an order that leaves one out', async () => {
      const ids = vantaa2021.themes.map((theme) => theme.id).reverse();
      const answer = await target.call('POST', `/api/plans/${PLAN}/reorder`, { as: manager, body: { parent: 'plan', parentId: PLAN, ids } });
      expect(answer.status).toBe(200);
      expect(reorderResponseSchema.parse(answer.body)).toEqual({ parent: 'plan', parentId: PLAN, ids });
      const after = await plan();
      expect([...after.themes].sort((a, b) => a.order - b.order).map((theme) => theme.id)).toEqual(ids);
      if (ids.length > 1) {
        const partial = await target.call('POST', `/api/plans/${PLAN}/reorder`, { as: manager, body: { parent: 'plan', parentId: PLAN, ids: ids.slice(1) } });
        expect(partial.status).toBe(422);
      }
    });

    it('deletes an empty goal, but not one with targets (409: archive it instead)', async () => {
      const withTargets = await target.call('DELETE', `/api/goals/${FIRST_GOAL.id}`, { as: manager });
      expect(withTargets.status).toBe(409);
      expect(withTargets.body).toMatchObject({ error: 'goalHasTargets', message: expect.stringMatching(/Arkistoi/) as unknown });
      const added = await target.call('POST', `/api/plans/${PLAN}/goals`, { as: manager, body: { themeId: FIRST_THEME.id, number: '98', title: 'Tyhjä' } });
      const goalId = (added.body.goal as { id: string }).id;
      const deleted = await target.call('DELETE', `/api/goals/${goalId}`, { as: manager });
      expect(deleted.status).toBe(200);
      expect(deleted.body).toEqual({ deleted: goalId });
      expect((await plan()).goals.map((goal) => goal.id)).not.toContain(goalId);
      expect((await target.call('DELETE', `/api/goals/${goalId}`, { as: manager })).status).toBe(404);
    });

    it('changes the plan’s update rules, within limits', async () => {
      const answer = await target.call('PATCH', `/api/plans/${PLAN}/settings`, { as: manager, body: { updateIntervalDays: 14, staleAfterDays: 60 } });
      expect(answer.status).toBe(200);
      expect(answer.body.plan).toMatchObject({ id: PLAN, updateIntervalDays: 14, staleAfterDays: 60 });
      expect((await plan()).plan).toMatchObject({ updateIntervalDays: 14, staleAfterDays: 60 });
      const invalid = await target.call('PATCH', `/api/plans/${PLAN}/settings`, { as: manager, body: { updateIntervalDays: 0 } });
      expect(invalid.status).toBe(422);
      expect(invalid.body.fieldErrors).toContainEqual(expect.objectContaining({ field: 'updateIntervalDays' }));
    });
  });

  describe('people (admins)', () => {
    it('adds a person and changes a role', async () => {
      const added = await target.call('POST', '/api/users', { as: admin, body: { name: 'Åsa Öhman', title: 'Suunnittelija', role: 'responsible' } });
      expect(added.status).toBe(201);
      expect(userResponseSchema.parse(added.body).user).toEqual({ id: 'asa-ohman', name: 'Åsa Öhman', title: 'Suunnittelija', role: 'responsible' });
      const promoted = await target.call('PATCH', '/api/users/asa-ohman', { as: admin, body: { role: 'manager' } });
      expect(promoted.status).toBe(200);
      const people = (await target.call('GET', '/api/admin/users', { as: admin })).body.users;
      expect(people).toContainEqual(expect.objectContaining({ id: 'asa-ohman', role: 'manager' }));
    });

    it('refuses a name already in use, an unknown person and leaving no admin', async () => {
      const twin = await target.call('POST', '/api/users', { as: admin, body: { name: ' katri kalske ', title: '', role: 'viewer' } });
      expect(twin.status).toBe(422);
      expect(twin.body.fieldErrors).toEqual([{ field: 'name', code: 'invalidValue' }]);
      expect((await target.call('PATCH', '/api/users/nobody', { as: admin, body: { role: 'viewer' } })).status).toBe(404);
      const lastAdmin = await target.call('PATCH', `/api/users/${admin}`, { as: admin, body: { role: 'manager' } });
      expect(lastAdmin.status).toBe(409);
      expect(lastAdmin.body).toMatchObject({ error: 'lastAdmin' });
    });
  });
}
