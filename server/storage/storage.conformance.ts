import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../src/domain/audit';
import type { ServiceStorage, StoredRecord, StoredReview, StoredSession } from '../../mocks/service/storage';
import { generateLargePlan } from '../../mocks/seed/large-plan';
import { vantaa2021 } from '../../mocks/seed/vantaa-2021';
import { demoUsers } from '../../mocks/seed/users';
import { makeGoal, makePlan, makeTarget, makeTheme } from '../../test/factories';

/** A store under test: opens an empty store; `close` is called after each test. */
export interface StoreFactory<S extends ServiceStorage> {
  open(): Promise<S>;
  close(storage: S): Promise<void>;
}

export const smallPlan = () => generateLargePlan({ n: 100, seed: 7 });

export function audit(overrides: Partial<AuditEntry> & Pick<AuditEntry, 'id'>): AuditEntry {
  return {
    entity: 'target',
    entityId: 'target-1',
    planId: 'plan-1',
    at: '2022-03-01T10:00:00.000Z',
    actorId: 'katri-kalske',
    actorName: 'Katri Kalske',
    version: 2,
    changes: [{ field: 'status', before: 'notAssessed', after: { nested: [1, 'kaksi'] } }],
    ...overrides,
  };
}

export function review(overrides: Partial<StoredReview> & Pick<StoredReview, 'id'>): StoredReview {
  return {
    planId: 'plan-1',
    targetId: 'target-1',
    reviewerId: 'maija-manageri',
    reviewerName: 'Maija Manageri',
    version: 2,
    decision: 'reviewed',
    comment: '',
    at: '2022-03-02T10:00:00.000Z',
    ...overrides,
  };
}

export const session = (token: string, expiresAt = '2099-01-01T00:00:00.000Z'): StoredSession => ({
  token,
  userId: 'anni-admin',
  createdAt: '2022-01-01T00:00:00.000Z',
  expiresAt,
});

const pause = () => new Promise((resolve) => setTimeout(resolve, 1));

/** Runs the read-check-write block the services run: read the version, yield, write version + 1. */
export async function increment(storage: ServiceStorage, targetId: string, scope?: { key: string }) {
  return storage.atomically(async () => {
    const target = await storage.getTarget(targetId);
    if (!target) throw new Error(`No target ${targetId}`);
    await pause();
    await storage.putTarget({ ...target, version: target.version + 1 });
    return target.version + 1;
  }, scope);
}

/** What every ServiceStorage must do, whatever keeps the data. */
export function describeServiceStorage<S extends ServiceStorage>(name: string, factory: StoreFactory<S>) {
  describe(`${name}: service storage`, () => {
    let storage: S;
    beforeEach(async () => {
      storage = await factory.open();
    });
    afterEach(async () => {
      await factory.close(storage);
    });

    it('returns plans, themes, goals and targets as stored, in insertion order', async () => {
      const generated = smallPlan();
      await storage.reset([vantaa2021, generated]);
      expect(await storage.listPlans()).toEqual([vantaa2021.plan, generated.plan]);
      for (const data of [vantaa2021, generated]) {
        expect(await storage.getPlan(data.plan.id)).toEqual(data.plan);
        expect(await storage.listThemes(data.plan.id)).toEqual(data.themes);
        expect(await storage.listGoals(data.plan.id)).toEqual(data.goals);
        expect(await storage.listTargets(data.plan.id)).toEqual(data.targets);
      }
      const [theme, goal, target] = [generated.themes[1], generated.goals[2], generated.targets[57]];
      expect(await storage.getTheme(theme!.id)).toEqual(theme);
      expect(await storage.getGoal(goal!.id)).toEqual(goal);
      expect(await storage.getTarget(target!.id)).toEqual(target);
      expect(await storage.getPlan('nope')).toBeUndefined();
      expect(await storage.getTarget('nope')).toBeUndefined();
      expect(await storage.listTargets('nope')).toEqual([]);
    });

    it('replaces in place and appends new ones at the end', async () => {
      await storage.reset([{ plan: makePlan(), themes: [makeTheme()], goals: [makeGoal()], targets: [makeTarget()] }]);
      await storage.putTarget(makeTarget({ id: 'target-2', code: '12.2' }));
      await storage.putTarget(makeTarget({ version: 2, title: 'Uusi otsikko', indicators: [] }));
      expect((await storage.listTargets('plan-1')).map((t) => [t.id, t.version, t.title])).toEqual([
        ['target-1', 2, 'Uusi otsikko'],
        ['target-2', 1, 'Tavoite'],
      ]);
      await storage.putTheme(makeTheme({ id: 'theme-2', order: 2 }));
      await storage.putTheme(makeTheme({ title: 'Muutettu', archived: true }));
      expect(await storage.listThemes('plan-1')).toEqual([makeTheme({ title: 'Muutettu', archived: true }), makeTheme({ id: 'theme-2', order: 2 })]);
      await storage.putGoal(makeGoal({ id: 'goal-2' }));
      await storage.putGoal(makeGoal({ order: 5 }));
      expect((await storage.listGoals('plan-1')).map((g) => [g.id, g.order])).toEqual([
        ['goal-1', 5],
        ['goal-2', 1],
      ]);
      await storage.deleteGoal('goal-1');
      expect((await storage.listGoals('plan-1')).map((g) => g.id)).toEqual(['goal-2']);
      expect(await storage.getGoal('goal-1')).toBeUndefined();
      await storage.putPlan(makePlan({ title: 'Uusi nimi', staleAfterDays: 60 }));
      expect(await storage.getPlan('plan-1')).toEqual(makePlan({ title: 'Uusi nimi', staleAfterDays: 60 }));
    });

    it('refuses a theme, goal, target or plan of a plan that does not exist', async () => {
      await expect(storage.putTarget(makeTarget({ planId: 'missing' }))).rejects.toThrow('No plan missing');
      await expect(storage.putTheme(makeTheme({ planId: 'missing' }))).rejects.toThrow('No plan missing');
      await expect(storage.putGoal(makeGoal({ planId: 'missing' }))).rejects.toThrow('No plan missing');
      await expect(storage.putPlan(makePlan({ id: 'missing' }))).rejects.toThrow('No plan missing');
      expect(await storage.getTarget('target-1')).toBeUndefined();
    });

    it('returns copies that callers cannot change the store through', async () => {
      await storage.reset([vantaa2021], {}, demoUsers);
      const targets = await storage.listTargets(vantaa2021.plan.id);
      targets[0]!.title = 'muutettu';
      const user = await storage.getUser('anni-admin');
      user!.role = 'viewer';
      expect((await storage.listTargets(vantaa2021.plan.id))[0]).toEqual(vantaa2021.targets[0]);
      expect((await storage.getUser('anni-admin'))?.role).toBe('admin');
    });

    it('adds a whole plan after the existing ones', async () => {
      const generated = smallPlan();
      await storage.reset([vantaa2021]);
      await storage.addPlan(generated);
      expect((await storage.listPlans()).map((plan) => plan.id)).toEqual([vantaa2021.plan.id, generated.plan.id]);
      expect(await storage.listTargets(generated.plan.id)).toEqual(generated.targets);
      expect(await storage.listGoals(generated.plan.id)).toEqual(generated.goals);
    });

    it('keeps applied edits, records, users and sessions', async () => {
      const edit = { editId: 'edit-1', targetId: 'target-1', resultVersion: 3, appliedAt: '2022-03-01T10:00:00.000Z' };
      await storage.putAppliedEdit(edit);
      expect(await storage.getAppliedEdit('edit-1')).toEqual(edit);
      expect(await storage.getAppliedEdit('edit-2')).toBeUndefined();

      await storage.putRecord('measures', { id: 'm-2', title: 'toinen' } as StoredRecord);
      await storage.putRecord('measures', { id: 'm-1', title: 'ensimmäinen' } as StoredRecord);
      await storage.putRecord('projects', { id: 'm-1', title: 'hanke' } as StoredRecord);
      await storage.putRecord('measures', { id: 'm-2', title: 'toinen, muutettu' } as StoredRecord);
      expect(await storage.listRecords('measures')).toEqual([
        { id: 'm-2', title: 'toinen, muutettu' },
        { id: 'm-1', title: 'ensimmäinen' },
      ]);
      expect(await storage.getRecord('projects', 'm-1')).toEqual({ id: 'm-1', title: 'hanke' });
      expect(await storage.getRecord('projects', 'm-2')).toBeUndefined();

      for (const user of demoUsers) await storage.putUser(user);
      await storage.putUser({ ...demoUsers[0]!, role: 'manager' });
      expect(await storage.listUsers()).toEqual([{ ...demoUsers[0]!, role: 'manager' }, ...demoUsers.slice(1)]);
      expect(await storage.getUser('nobody')).toBeUndefined();

      await storage.putSession(session('token-1'));
      expect(await storage.getSession('token-1')).toEqual(session('token-1'));
      await storage.deleteSession('token-1');
      expect(await storage.getSession('token-1')).toBeUndefined();
    });

    it('lists the audit trail and reviews oldest first', async () => {
      await storage.addAudit(audit({ id: 'a1' }));
      await storage.addAudit(audit({ id: 'a2', entityId: 'target-2' }));
      await storage.addAudit(audit({ id: 'a3', entity: 'plan', entityId: 'plan-1' }));
      await storage.addAudit(audit({ id: 'a4', version: 3 }));
      await storage.addAudit(audit({ id: 'a5', planId: 'plan-2' }));
      await storage.addAudit(audit({ id: 'a6', entity: 'measure', entityId: 'm-1', planId: null }));
      expect((await storage.listAudit('target', 'target-1')).map((entry) => entry.id)).toEqual(['a1', 'a4', 'a5']);
      expect(await storage.listAudit('target', 'target-1').then((list) => list[0])).toEqual(audit({ id: 'a1' }));
      expect((await storage.listPlanAudit('plan-1')).map((entry) => entry.id)).toEqual(['a1', 'a2', 'a3', 'a4']);
      expect((await storage.listAudit('measure', 'm-1')).map((entry) => entry.planId)).toEqual([null]);

      await storage.addReview(review({ id: 'r2' }));
      await storage.addReview(review({ id: 'r1', decision: 'returned', comment: 'Täydennä' }));
      await storage.addReview(review({ id: 'r3', planId: 'plan-2' }));
      expect(await storage.listPlanReviews('plan-1')).toEqual([review({ id: 'r2' }), review({ id: 'r1', decision: 'returned', comment: 'Täydennä' })]);
    });

    it('reset replaces everything and empties sessions, audit, reviews and applied edits', async () => {
      await storage.reset([vantaa2021], { measures: [{ id: 'm-1' }] }, demoUsers);
      await storage.putSession(session('token-1'));
      await storage.addAudit(audit({ id: 'a1', planId: vantaa2021.plan.id }));
      await storage.addReview(review({ id: 'r1', planId: vantaa2021.plan.id }));
      await storage.putAppliedEdit({ editId: 'e1', targetId: 't', resultVersion: 2, appliedAt: '2022-03-01T10:00:00.000Z' });
      const generated = smallPlan();
      await storage.reset([generated], { projects: [{ id: 'p-1' }] }, demoUsers.slice(0, 2));
      expect(await storage.listPlans()).toEqual([generated.plan]);
      expect(await storage.listTargets(vantaa2021.plan.id)).toEqual([]);
      expect(await storage.listTargets(generated.plan.id)).toEqual(generated.targets);
      expect(await storage.listRecords('measures')).toEqual([]);
      expect(await storage.listRecords('projects')).toEqual([{ id: 'p-1' }]);
      expect(await storage.listUsers()).toEqual(demoUsers.slice(0, 2));
      expect(await storage.getSession('token-1')).toBeUndefined();
      expect(await storage.listPlanAudit(vantaa2021.plan.id)).toEqual([]);
      expect(await storage.listPlanReviews(vantaa2021.plan.id)).toEqual([]);
      expect(await storage.getAppliedEdit('e1')).toBeUndefined();
    });

    it('serialises concurrent read-check-write blocks: 50 increments make 50', async () => {
      await storage.reset([{ plan: makePlan(), themes: [makeTheme()], goals: [makeGoal()], targets: [makeTarget()] }]);
      const results = await Promise.all(Array.from({ length: 50 }, () => increment(storage, 'target-1')));
      expect((await storage.getTarget('target-1'))?.version).toBe(51);
      expect(new Set(results).size).toBe(50);
    });

    it('passes on what the block returns and what it throws', async () => {
      expect(await storage.atomically(async () => 42)).toBe(42);
      await expect(storage.atomically(async () => Promise.reject(new Error('kaatui')))).rejects.toThrow('kaatui');
      expect(await storage.atomically(async () => 'after a failure')).toBe('after a failure');
    });
  });
}
