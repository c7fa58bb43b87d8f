import { beforeEach, describe, expect, it } from 'vitest';
import type { PlanData } from '../../src/domain/plan-data';
import { TEXT_MAX_LENGTH, type Target } from '../../src/domain/target';
import { makeGoal, makePlan, makeTarget, makeTheme } from '../../test/factories';
import { createMemoryStorage } from '../storage/memory-storage';
import { createTargetService, type TargetService } from './target-service';

const asManager = (name: string) => ({ id: name, name, role: 'manager' as const });

const plan: PlanData = {
  plan: makePlan(),
  themes: [makeTheme()],
  goals: [makeGoal()],
  targets: [makeTarget({ id: 't-1', code: '12.12', status: 'notAtAll' })],
};

describe('target service', () => {
  let service: TargetService;
  beforeEach(() => {
    service = createTargetService(createMemoryStorage([plan]), { now: () => new Date('2026-11-23T09:00:00.000Z') });
  });

  it('lists plans and a plan with its themes, goals and targets', async () => {
    expect((await service.listPlans()).body).toEqual({ plans: [plan.plan] });
    const result = await service.getPlanTargets('plan-1');
    expect(result.status).toBe(200);
    expect(result.body).toEqual(plan);
  });

  it('answers 404 for a plan or target that does not exist', async () => {
    expect((await service.getPlanTargets('nope')).status).toBe(404);
    expect((await service.getTarget('nope')).status).toBe(404);
    expect((await service.updateTarget('nope', { baseVersion: 1, changes: { status: 'fully' } }, asManager('A'))).status).toBe(404);
  });

  it('applies an update based on the current version, bumping version and stamping who and when', async () => {
    const result = await service.updateTarget('t-1', { baseVersion: 1, changes: { status: 'partially' } }, asManager('Katri Kalske'));
    expect(result.status).toBe(200);
    const { target } = result.body as { target: Target };
    expect(target).toMatchObject({ status: 'partially', version: 2, updatedBy: 'Katri Kalske', updatedAt: '2026-11-23T09:00:00.000Z' });
    expect(((await service.getTarget('t-1')).body as { target: Target }).target.version).toBe(2);
  });

  it('answers 409 with the server copy when the version has moved on, changing nothing', async () => {
    await service.updateTarget('t-1', { baseVersion: 1, changes: { metricStatus: 'Ensimmäinen' } }, asManager('A'));
    const result = await service.updateTarget('t-1', { baseVersion: 1, changes: { metricStatus: 'Toinen' } }, asManager('B'));
    expect(result.status).toBe(409);
    expect(result.body).toMatchObject({ error: 'conflict', current: { version: 2, metricStatus: 'Ensimmäinen' } });
  });

  it('answers 422 with one error per refused field and changes nothing', async () => {
    const result = await service.updateTarget(
      't-1',
      { baseVersion: 1, changes: { status: 'melkein', keyActions: 'x'.repeat(TEXT_MAX_LENGTH + 1), id: 'hack' } },
      asManager('A'),
    );
    expect(result.status).toBe(422);
    const body = result.body as { fieldErrors: { field: string; code: string; limit?: number }[] };
    expect(body.fieldErrors).toEqual(
      expect.arrayContaining([
        { field: 'status', code: 'invalidValue' },
        { field: 'keyActions', code: 'tooLong', limit: TEXT_MAX_LENGTH },
        { field: 'id', code: 'unknownField' },
      ]),
    );
    expect(((await service.getTarget('t-1')).body as { target: Target }).target.version).toBe(1);
  });

  it('refuses an update with no base version or no changes', async () => {
    expect((await service.updateTarget('t-1', { changes: { status: 'fully' } }, asManager('A'))).status).toBe(422);
    expect((await service.updateTarget('t-1', { baseVersion: 1, changes: {} }, asManager('A'))).status).toBe(422);
    expect((await service.updateTarget('t-1', 'not an object', asManager('A'))).status).toBe(422);
  });

  it('applies a resent edit only once', async () => {
    const edit = { baseVersion: 1, editId: 'edit-1', changes: { metricStatus: 'Päivitetty' } };
    const first = await service.updateTarget('t-1', edit, asManager('A'));
    const again = await service.updateTarget('t-1', edit, asManager('A'));
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect((again.body as { target: Target }).target.version).toBe(2);
  });

  it('lets only one of two simultaneous edits of the same version through', async () => {
    const results = await Promise.all([
      service.updateTarget('t-1', { baseVersion: 1, changes: { metricStatus: 'A' } }, asManager('A')),
      service.updateTarget('t-1', { baseVersion: 1, changes: { metricStatus: 'B' } }, asManager('B')),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual([200, 409]);
  });
});
