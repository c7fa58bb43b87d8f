import { beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../src/domain/audit';
import type { Goal, Plan, Theme } from '../../src/domain/plan';
import type { PlanData } from '../../src/domain/plan-data';
import type { Target } from '../../src/domain/target';
import type { Actor, Role } from '../../src/domain/user';
import { makeGoal, makePlan, makeTarget, makeTheme } from '../../test/factories';
import { createMemoryStorage } from '../storage/memory-storage';
import type { ServiceStorage } from './storage';
import { createStructureService, type StructureService } from './structure-service';

const NOW = '2026-11-23T09:00:00.000Z';
const as = (role: Role): Actor => ({ id: `${role}-1`, name: `Henkilö ${role}`, role });

const seed: PlanData = {
  plan: makePlan(),
  themes: [makeTheme({ id: 'th-1', order: 1 }), makeTheme({ id: 'th-2', title: 'Toinen teema', order: 2 })],
  goals: [makeGoal({ id: 'goal-1', themeId: 'th-1', order: 1 }), makeGoal({ id: 'goal-empty', themeId: 'th-1', number: '13', order: 2 })],
  targets: [
    makeTarget({ id: 't-1', code: '12.1', goalId: 'goal-1', order: 1 }),
    makeTarget({ id: 't-2', code: '12.2', goalId: 'goal-1', order: 2, archived: true }),
  ],
};
const other: PlanData = {
  plan: makePlan({ id: 'plan-2' }),
  themes: [makeTheme({ id: 'other-th', planId: 'plan-2' })],
  goals: [makeGoal({ id: 'other-goal', planId: 'plan-2', themeId: 'other-th' })],
  targets: [makeTarget({ id: 'other-t', planId: 'plan-2', goalId: 'other-goal' })],
};

/** One successful call of every structure write endpoint (each on fresh data). */
const writes: Record<string, { call: (service: StructureService, actor: Actor) => Promise<{ status: number }>; status: number }> = {
  'add theme': { call: (service, actor) => service.addTheme('plan-1', { title: 'Uusi teema' }, actor), status: 201 },
  'edit theme': { call: (service, actor) => service.updateTheme('th-1', { title: 'Uusi nimi' }, actor), status: 200 },
  'add goal': { call: (service, actor) => service.addGoal('plan-1', { themeId: 'th-1', number: '14', title: 'Uusi' }, actor), status: 201 },
  'edit goal': { call: (service, actor) => service.updateGoal('goal-1', { archived: true }, actor), status: 200 },
  'delete goal': { call: (service, actor) => service.deleteGoal('goal-empty', actor), status: 200 },
  'add target': { call: (service, actor) => service.addTarget('plan-1', { goalId: 'goal-1', code: '12.3', title: 'Uusi' }, actor), status: 201 },
  'edit target': { call: (service, actor) => service.updateTargetStructure('t-1', { changes: { title: 'Uusi nimi' } }, actor), status: 200 },
  reorder: { call: (service, actor) => service.reorder('plan-1', { parent: 'plan', parentId: 'plan-1', ids: ['th-2', 'th-1'] }, actor), status: 200 },
  settings: { call: (service, actor) => service.updateSettings('plan-1', { updateIntervalDays: 14 }, actor), status: 200 },
};

describe('structure service', () => {
  let storage: ServiceStorage;
  let service: StructureService;
  beforeEach(() => {
    storage = createMemoryStorage([seed, other]);
    service = createStructureService(storage, { now: () => new Date(NOW) });
  });
  const planAudit = () => storage.listPlanAudit('plan-1');

  describe.each(Object.entries(writes))('%s', (_name, { call, status }) => {
    it.each(['manager', 'admin'] as const)('is allowed for the %s and audited', async (role) => {
      expect((await call(service, as(role))).status).toBe(status);
      const entries = await planAudit();
      expect(entries.length).toBeGreaterThan(0);
      expect(entries.every((entry) => entry.actorName === `Henkilö ${role}` && entry.at === NOW)).toBe(true);
    });

    it.each(['responsible', 'viewer'] as const)('is refused with 403 for the %s, changing nothing', async (role) => {
      const result = await call(service, as(role));
      expect(result.status).toBe(403);
      expect(result).toMatchObject({ body: { error: 'forbidden', message: expect.stringMatching(/rakenteen muokkaus/) } });
      expect(await planAudit()).toEqual([]);
      expect(await storage.listThemes('plan-1')).toEqual(seed.themes);
      expect(await storage.listTargets('plan-1')).toEqual(seed.targets);
    });
  });

  it('adds a target with version 1 after the goal’s other targets, stamped with who added it', async () => {
    const result = await service.addTarget('plan-1', { goalId: 'goal-1', code: '12.3', title: 'Uusi tavoite', metric: 'Mittari' }, as('manager'));
    const { target } = result.body as { target: Target };
    expect(target).toMatchObject({ code: '12.3', order: 3, version: 1, status: 'notAssessed', metric: 'Mittari', updatedBy: 'Henkilö manager', updatedAt: NOW });
    expect(await storage.getTarget(target.id)).toEqual(target);
    const [entry] = await storage.listAudit('target', target.id);
    expect(entry?.changes).toEqual(expect.arrayContaining([{ field: 'code', before: null, after: '12.3' }]));
  });

  it('refuses a code already used in the plan, by an archived target too, with 422', async () => {
    for (const code of ['12.1', '12.2']) {
      const result = await service.addTarget('plan-1', { goalId: 'goal-1', code, title: 'Toinen' }, as('manager'));
      expect(result).toMatchObject({ status: 422, body: { error: 'validation', fieldErrors: [{ field: 'code', code: 'invalidValue' }] } });
    }
    const renamed = await service.updateTargetStructure('t-1', { changes: { code: '12.2' } }, as('manager'));
    expect(renamed).toMatchObject({ status: 422, body: { fieldErrors: [{ field: 'code', code: 'invalidValue' }] } });
    // Another plan may use the same code.
    expect((await service.addTarget('plan-2', { goalId: 'other-goal', code: '12.2', title: 'Oma' }, as('manager'))).status).toBe(201);
  });

  it('refuses a malformed code, a missing title and unknown fields per field', async () => {
    const result = await service.addTarget('plan-1', { goalId: 'goal-1', code: '12.x', title: ' ', status: 'fully' }, as('admin'));
    expect(result.status).toBe(422);
    expect((result.body as { fieldErrors: unknown[] }).fieldErrors).toEqual(
      expect.arrayContaining([
        { field: 'code', code: 'invalid' },
        { field: 'title', code: 'required' },
        { field: 'status', code: 'unknownField' },
      ]),
    );
  });

  it('refuses a goal from another plan for a new or moved target', async () => {
    expect((await service.addTarget('plan-1', { goalId: 'other-goal', code: '12.9', title: 'X' }, as('manager'))).status).toBe(422);
    expect((await service.updateTargetStructure('t-1', { changes: { goalId: 'other-goal' } }, as('manager'))).status).toBe(422);
  });

  it('archives a target with a new version but keeps when its progress was last reported', async () => {
    const result = await service.updateTargetStructure('t-1', { baseVersion: 1, changes: { archived: true } }, as('manager'));
    expect(result.status).toBe(200);
    expect((result.body as { target: Target }).target).toMatchObject({ archived: true, version: 2, updatedAt: seed.targets[0]!.updatedAt });
    const [entry] = await storage.listAudit('target', 't-1');
    expect(entry).toMatchObject({ version: 2, changes: [{ field: 'archived', before: null, after: true }] });
  });

  it('answers 409 with the server copy when the target moved on since baseVersion', async () => {
    await service.updateTargetStructure('t-1', { changes: { title: 'Ensin' } }, as('manager'));
    const result = await service.updateTargetStructure('t-1', { baseVersion: 1, changes: { title: 'Sitten' } }, as('manager'));
    expect(result).toMatchObject({ status: 409, body: { error: 'conflict', current: { title: 'Ensin', version: 2 } } });
  });

  it('moves a target to another goal of the plan, last in its new goal', async () => {
    const result = await service.updateTargetStructure('t-1', { changes: { goalId: 'goal-empty' } }, as('manager'));
    expect((result.body as { target: Target }).target).toMatchObject({ goalId: 'goal-empty', order: 1, version: 2 });
  });

  it('refuses to delete a goal that has targets with 409 in Finnish, and deletes an empty one', async () => {
    const refused = await service.deleteGoal('goal-1', as('manager'));
    expect(refused).toMatchObject({ status: 409, body: { error: 'goalHasTargets', message: expect.stringMatching(/Arkistoi se sen sijaan/) } });
    expect(await storage.getGoal('goal-1')).toBeDefined();
    expect((await service.deleteGoal('goal-empty', as('manager'))).status).toBe(200);
    expect(await storage.getGoal('goal-empty')).toBeUndefined();
    expect((await storage.listAudit('goal', 'goal-empty'))[0]?.changes).toEqual([{ field: 'deleted', before: { number: '13', title: seed.goals[1]!.title }, after: null }]);
  });

  it('reorders a goal’s targets, giving each moved target a new version and auditing the new order', async () => {
    const result = await service.reorder('plan-1', { parent: 'goal', parentId: 'goal-1', ids: ['t-2', 't-1'] }, as('manager'));
    expect(result.status).toBe(200);
    expect(await storage.getTarget('t-1')).toMatchObject({ order: 2, version: 2 });
    expect(await storage.getTarget('t-2')).toMatchObject({ order: 1, version: 2 });
    const [entry] = await storage.listAudit('goal', 'goal-1');
    expect(entry?.changes).toEqual([{ field: 'targetOrder', before: ['t-1', 't-2'], after: ['t-2', 't-1'] }]);
  });

  it('reorders themes and goals', async () => {
    await service.reorder('plan-1', { parent: 'plan', parentId: 'plan-1', ids: ['th-2', 'th-1'] }, as('admin'));
    expect((await storage.listThemes('plan-1')).map((theme: Theme) => [theme.id, theme.order])).toEqual([
      ['th-1', 2],
      ['th-2', 1],
    ]);
    await service.reorder('plan-1', { parent: 'theme', parentId: 'th-1', ids: ['goal-empty', 'goal-1'] }, as('admin'));
    expect((await storage.getGoal('goal-1'))?.order).toBe(2);
  });

  it('refuses a reorder with a foreign, missing or repeated id, or a parent of another plan, with 422', async () => {
    const reorder = (body: unknown) => service.reorder('plan-1', body, as('manager'));
    const refused = { status: 422, body: { fieldErrors: [{ field: 'ids', code: 'invalidValue' }] } };
    expect(await reorder({ parent: 'goal', parentId: 'goal-1', ids: ['t-1', 'other-t'] })).toMatchObject(refused);
    expect(await reorder({ parent: 'goal', parentId: 'goal-1', ids: ['t-2', 't-1', 'other-t'] })).toMatchObject(refused);
    expect(await reorder({ parent: 'goal', parentId: 'goal-1', ids: ['t-1'] })).toMatchObject(refused);
    expect(await reorder({ parent: 'plan', parentId: 'plan-1', ids: ['th-1', 'th-1'] })).toMatchObject(refused);
    expect(await reorder({ parent: 'goal', parentId: 'other-goal', ids: ['other-t'] })).toMatchObject({ status: 422 });
    expect(await planAudit()).toEqual([]);
  });

  it('adds themes and goals last, and moves a goal to another theme', async () => {
    const theme = ((await service.addTheme('plan-1', { title: 'Kolmas' }, as('manager'))).body as { theme: Theme }).theme;
    expect(theme).toMatchObject({ planId: 'plan-1', title: 'Kolmas', order: 3 });
    const goal = ((await service.addGoal('plan-1', { themeId: theme.id, number: '20', title: 'Uusi' }, as('manager'))).body as { goal: Goal }).goal;
    expect(goal).toMatchObject({ themeId: theme.id, order: 1 });
    const moved = await service.updateGoal('goal-1', { themeId: 'th-2' }, as('manager'));
    expect((moved.body as { goal: Goal }).goal).toMatchObject({ themeId: 'th-2', order: 1 });
    expect((await service.addGoal('plan-1', { themeId: 'other-th', number: '1', title: 'X' }, as('manager'))).status).toBe(422);
  });

  it('sets the plan’s update rules, back to the default with null, and refuses a stale limit below the interval', async () => {
    const set = await service.updateSettings('plan-1', { updateIntervalDays: 14, staleAfterDays: 60 }, as('manager'));
    expect((set.body as { plan: Plan }).plan).toMatchObject({ updateIntervalDays: 14, staleAfterDays: 60 });
    const cleared = await service.updateSettings('plan-1', { staleAfterDays: null }, as('manager'));
    expect('staleAfterDays' in (cleared.body as { plan: Plan }).plan).toBe(false);
    const refused = await service.updateSettings('plan-1', { updateIntervalDays: 120 }, as('manager'));
    expect(refused).toMatchObject({ status: 422, body: { fieldErrors: [{ field: 'staleAfterDays', code: 'invalidValue' }] } });
    const entries: AuditEntry[] = await storage.listAudit('plan', 'plan-1');
    expect(entries.map((entry) => entry.changes)).toEqual([
      [
        { field: 'updateIntervalDays', before: null, after: 14 },
        { field: 'staleAfterDays', before: null, after: 60 },
      ],
      [{ field: 'staleAfterDays', before: 60, after: null }],
    ]);
  });

  it('answers 404 for a plan, theme, goal or target that does not exist', async () => {
    const manager = as('manager');
    expect((await service.addTheme('nope', { title: 'X' }, manager)).status).toBe(404);
    expect((await service.updateTheme('nope', { title: 'X' }, manager)).status).toBe(404);
    expect((await service.updateGoal('nope', { title: 'X' }, manager)).status).toBe(404);
    expect((await service.deleteGoal('nope', manager)).status).toBe(404);
    expect((await service.updateTargetStructure('nope', { changes: { title: 'X' } }, manager)).status).toBe(404);
    expect((await service.updateSettings('nope', { staleAfterDays: 60 }, manager)).status).toBe(404);
  });
});
