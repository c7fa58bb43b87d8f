import { describe, expect, it } from 'vitest';
import { measuresResponseSchema, planTargetsResponseSchema, plansResponseSchema, projectsResponseSchema, targetResponseSchema } from '../../src/api/contract';
import { seedRecordsFor } from '../../mocks/seed/datasets';
import { vantaa2021 } from '../../mocks/seed/vantaa-2021';
import type { ContractTarget } from './contract-target';
import { MEASURE, PEOPLE, PLAN, PREVIOUS_PLAN, PROJECT, TARGET_1212 } from './endpoints';

/** What the client receives: the seed as JSON (undefined fields dropped). */
const asJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Reading plans, targets, measures and projects: the seed comes back exactly as stored, in the contract's shape. */
export function readContract(target: ContractTarget) {
  const as = PEOPLE.viewer;

  describe('reading', () => {
    it('lists the plans, newest first', async () => {
      const answer = await target.call('GET', '/api/plans', { as });
      expect(answer.status).toBe(200);
      const { plans } = plansResponseSchema.parse(answer.body);
      expect(plans.map((plan) => plan.id)).toEqual([PLAN, PREVIOUS_PLAN]);
      expect(plans[0]).toEqual(asJson(vantaa2021.plan));
    });

    it('answers a plan with its themes, goals and targets, exactly as seeded', async () => {
      const answer = await target.call('GET', `/api/plans/${PLAN}/targets`, { as });
      expect(answer.status).toBe(200);
      expect(planTargetsResponseSchema.parse(answer.body)).toEqual(asJson(vantaa2021));
      expect(answer.body).toEqual(asJson(vantaa2021));
    });

    it('answers one target with its goal, theme and plan', async () => {
      const answer = await target.call('GET', TARGET_1212, { as });
      expect(answer.status).toBe(200);
      const { target: read, goal, theme, plan } = targetResponseSchema.parse(answer.body);
      expect(read).toEqual(asJson(vantaa2021.targets.find((seeded) => seeded.id === read.id)));
      expect(read).toMatchObject({ code: '12.12', version: 1 });
      expect(goal.id).toBe(read.goalId);
      expect(theme.id).toBe(goal.themeId);
      expect(plan.id).toBe(PLAN);
    });

    it('lists the measures and reads one', async () => {
      const list = await target.call('GET', '/api/measures', { as });
      expect(list.status).toBe(200);
      expect(measuresResponseSchema.parse(list.body).items).toEqual(asJson(seedRecordsFor().measures));
      const one = await target.call('GET', MEASURE, { as });
      expect(one.status).toBe(200);
      expect(one.body.item).toMatchObject({ id: 'measure-91', version: 1 });
    });

    it('lists the projects and reads one', async () => {
      const list = await target.call('GET', '/api/projects', { as });
      expect(list.status).toBe(200);
      expect(projectsResponseSchema.parse(list.body).items).toEqual(asJson(seedRecordsFor().projects));
      const one = await target.call('GET', PROJECT, { as });
      expect(one.status).toBe(200);
      expect(one.body.item).toMatchObject({ id: '6aika-digipoint', version: 1 });
    });

    it.each([
      ['a plan', '/api/plans/no-such-plan/targets'],
      ['a target', '/api/targets/no-such-target'],
      ['a measure', '/api/measures/no-such-measure'],
      ['a project', '/api/projects/no-such-project'],
      ['a target’s history', '/api/targets/no-such-target/history'],
      ['a review queue', '/api/plans/no-such-plan/review-queue'],
    ])('answers 404 with a sentence for %s that does not exist', async (_what, path) => {
      const answer = await target.call('GET', path, { as: PEOPLE.manager });
      expect(answer.status).toBe(404);
      expect(answer.body).toMatchObject({ error: 'notFound', message: expect.stringMatching(/ei löytynyt/) as unknown });
    });
  });
}
