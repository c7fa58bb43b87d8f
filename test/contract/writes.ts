import { describe, expect, it } from 'vitest';
import { conflictResponseSchema, targetUpdateResponseSchema, validationErrorResponseSchema } from '../../src/api/contract';
import { measureConflictResponseSchema, measureUpdateResponseSchema, projectUpdateResponseSchema } from '../../src/api/contract-records';
import { copyAsNewPlan } from '../plan-copies';
import type { ContractTarget } from './contract-target';
import { MEASURE, PEOPLE, PLAN, PROJECT, TARGET_1212, WRITE_ENDPOINTS } from './endpoints';

const { manager, admin } = PEOPLE;
const patch = (baseVersion: number, changes: Record<string, unknown>, editId?: string) => ({ baseVersion, changes, ...(editId ? { editId } : {}) });

/** Versions and conflicts, idempotent resends, validation and bad input on the write endpoints. */
export function writeContract(target: ContractTarget) {
  const read = async (path: string) => (await target.call('GET', path, { as: admin })).body;
  const history = async (path: string) => (await read(`${path}/history`)).entries as unknown[];

  describe('versions and conflicts', () => {
    it('applies a change to a target and answers the new version', async () => {
      const answer = await target.call('PATCH', TARGET_1212, { as: manager, body: patch(1, { status: 'partially', metricStatus: 'Tilanne 1' }) });
      expect(answer.status).toBe(200);
      const update = targetUpdateResponseSchema.parse(answer.body);
      expect(update.target).toMatchObject({ version: 2, status: 'partially', metricStatus: 'Tilanne 1', updatedBy: 'Maija Manageri' });
      expect(update.appliedVersion).toBe(2);
      expect((await read(TARGET_1212)).target).toEqual(update.target);

      const next = await target.call('PATCH', TARGET_1212, { as: manager, body: patch(2, { metricStatus: 'Tilanne 2' }) });
      expect(next.status).toBe(200);
      expect(next.body).toMatchObject({ appliedVersion: 3, target: { version: 3, status: 'partially', metricStatus: 'Tilanne 2' } });
    });

    it('answers 409 with the server’s current copy when the base version is old, and overwrites nothing', async () => {
      await target.call('PATCH', TARGET_1212, { as: manager, body: patch(1, { metricStatus: 'Ensimmäinen' }) });
      const stale = await target.call('PATCH', TARGET_1212, { as: 'katri-kalske', body: patch(1, { metricStatus: 'Toinen' }) });
      expect(stale.status).toBe(409);
      const conflict = conflictResponseSchema.parse(stale.body);
      const current = (await read(TARGET_1212)).target;
      expect(conflict.current).toEqual(current);
      expect(current).toMatchObject({ version: 2, metricStatus: 'Ensimmäinen' });
      expect(await history(TARGET_1212)).toHaveLength(1);
    });

    it('answers 409 for a base version ahead of the server too', async () => {
      const ahead = await target.call('PATCH', TARGET_1212, { as: manager, body: patch(5, { status: 'fully' }) });
      expect(ahead.status).toBe(409);
      expect(ahead.body).toMatchObject({ error: 'conflict', current: { version: 1, status: 'notAtAll' } });
    });

    it('versions measures and projects the same way', async () => {
      const measure = await target.call('PATCH', MEASURE, { as: manager, body: patch(1, { progress: 'late' }) });
      expect(measure.status).toBe(200);
      expect(measureUpdateResponseSchema.parse(measure.body)).toMatchObject({ appliedVersion: 2, item: { version: 2, progress: 'late' } });
      const stale = await target.call('PATCH', MEASURE, { as: manager, body: patch(1, { progress: 'completed' }) });
      expect(stale.status).toBe(409);
      expect(measureConflictResponseSchema.parse(stale.body).current).toEqual((await read(MEASURE)).item);

      const project = await target.call('PATCH', PROJECT, { as: manager, body: patch(1, { goals: 'Uudet tavoitteet.' }) });
      expect(project.status).toBe(200);
      expect(projectUpdateResponseSchema.parse(project.body)).toMatchObject({ appliedVersion: 2, item: { version: 2, goals: 'Uudet tavoitteet.' } });
      expect((await target.call('PATCH', PROJECT, { as: manager, body: patch(1, { goals: 'Toiset.' }) })).status).toBe(409);
    });
  });

  describe('idempotent resends (the same editId)', () => {
    it('applies a resent target edit once and answers the same', async () => {
      const body = patch(1, { status: 'partially' }, 'edit-once-1');
      const first = await target.call('PATCH', TARGET_1212, { as: manager, body });
      const again = await target.call('PATCH', TARGET_1212, { as: manager, body });
      expect(first.status).toBe(200);
      expect(again.status).toBe(200);
      expect(again.body).toEqual(first.body);
      expect((await read(TARGET_1212)).target).toMatchObject({ version: 2 });
      expect(await history(TARGET_1212)).toHaveLength(1);
    });

    it('answers a late resend with the version it produced, without undoing a newer change', async () => {
      await target.call('PATCH', TARGET_1212, { as: manager, body: patch(1, { metricStatus: 'Minun' }, 'edit-late-1') });
      await target.call('PATCH', TARGET_1212, { as: admin, body: patch(2, { metricStatus: 'Kollegan' }) });
      const resent = await target.call('PATCH', TARGET_1212, { as: manager, body: patch(1, { metricStatus: 'Minun' }, 'edit-late-1') });
      expect(resent.status).toBe(200);
      expect(resent.body).toMatchObject({ appliedVersion: 2, target: { version: 3, metricStatus: 'Kollegan' } });
      expect(await history(TARGET_1212)).toHaveLength(2);
    });

    it('applies a resent measure edit once', async () => {
      const body = patch(1, { progress: 'late' }, 'measure-edit-1');
      const first = await target.call('PATCH', MEASURE, { as: manager, body });
      const again = await target.call('PATCH', MEASURE, { as: manager, body });
      expect([first.status, again.status]).toEqual([200, 200]);
      expect(again.body).toEqual(first.body);
      expect((await read(MEASURE)).item).toMatchObject({ version: 2 });
    });

    it('imports a resent plan once: 201, then 200 with the same plan; another import of the id is 409', async () => {
      const body = { editId: 'import-once-1', data: copyAsNewPlan('tuotu') };
      const first = await target.call('PUT', '/api/plans/tuotu', { as: admin, body });
      const again = await target.call('PUT', '/api/plans/tuotu', { as: admin, body });
      expect([first.status, again.status]).toEqual([201, 200]);
      expect(again.body).toEqual(first.body);
      const other = await target.call('PUT', '/api/plans/tuotu', { as: admin, body: { ...body, editId: 'import-once-2' } });
      expect(other).toMatchObject({ status: 409, body: { error: 'planExists' } });
      const plans = (await read('/api/plans')).plans as { id: string }[];
      expect(plans.filter((plan) => plan.id === 'tuotu')).toHaveLength(1);
      const imported = await read('/api/plans/tuotu/targets');
      expect((imported.targets as unknown[]).length).toBe(copyAsNewPlan('tuotu').targets.length);
    });
  });

  describe('validation (422 with fieldErrors)', () => {
    it.each([
      ['an unknown status', { status: 'maybe' }, { field: 'status', code: 'invalidValue' }],
      ['an empty title', { title: '' }, { field: 'title', code: 'required' }],
      ['a metric status over 10 000 characters', { metricStatus: 'x'.repeat(10_001) }, { field: 'metricStatus', code: 'tooLong', limit: 10_000 }],
      // A wrong type is reported as 'required': zod does not give the input to toFieldErrors (src/domain/field-errors.ts).
      ['a number for a text', { metricStatus: 42 }, { field: 'metricStatus', code: 'required' }],
      ['an unknown field in the changes', { status: 'partially', colour: 'red' }, { field: 'colour', code: 'unknownField' }],
    ])('refuses %s and changes nothing', async (_what, changes, fieldError) => {
      const answer = await target.call('PATCH', TARGET_1212, { as: manager, body: patch(1, changes) });
      expect(answer.status).toBe(422);
      expect(validationErrorResponseSchema.parse(answer.body).fieldErrors).toContainEqual(fieldError);
      expect((await read(TARGET_1212)).target).toMatchObject({ version: 1, status: 'notAtAll' });
      expect(await history(TARGET_1212)).toEqual([]);
    });

    it('names every refused field, and a missing base version', async () => {
      const answer = await target.call('PATCH', TARGET_1212, { as: manager, body: { changes: { status: 'maybe', title: '' } } });
      expect(answer.status).toBe(422);
      expect(validationErrorResponseSchema.parse(answer.body).fieldErrors).toEqual(
        expect.arrayContaining([
          { field: 'baseVersion', code: 'required' },
          { field: 'status', code: 'invalidValue' },
          { field: 'title', code: 'required' },
        ]),
      );
    });

    it('refuses an empty change, a bad measure and a bad new theme', async () => {
      expect((await target.call('PATCH', TARGET_1212, { as: manager, body: patch(1, {}) })).status).toBe(422);
      const measure = await target.call('PATCH', MEASURE, { as: manager, body: patch(1, { progress: 'sometime' }) });
      expect(measure.status).toBe(422);
      expect(measure.body.fieldErrors).toContainEqual({ field: 'progress', code: 'invalidValue' });
      const theme = await target.call('POST', `/api/plans/${PLAN}/themes`, { as: manager, body: { title: '   ' } });
      expect(theme.status).toBe(422);
      expect(theme.body.fieldErrors).toContainEqual({ field: 'title', code: 'required' });
    });
  });

  describe('unknown fields in a body', () => {
    it('refuses an unknown field inside the changes with 422 unknownField, on every PATCH that has changes', async () => {
      for (const [path, changes] of [
        [TARGET_1212, { status: 'partially' }],
        [MEASURE, { progress: 'late' }],
        [PROJECT, { goals: 'Uudet.' }],
      ] as const) {
        const answer = await target.call('PATCH', path, { as: manager, body: patch(1, { ...changes, isAdmin: true }) });
        expect(answer.status, path).toBe(422);
        expect(answer.body.fieldErrors, path).toContainEqual({ field: 'isAdmin', code: 'unknownField' });
      }
      const structure = await target.call('PATCH', `${TARGET_1212}/structure`, { as: manager, body: { changes: { archived: true, version: 99 } } });
      expect(structure.status).toBe(422);
      expect(structure.body.fieldErrors).toContainEqual({ field: 'version', code: 'unknownField' });
    });

    // Issue 7: unknown fields are refused with 422, beside `changes` (the envelope) as well as inside it.
    it.each(WRITE_ENDPOINTS.filter((endpoint) => endpoint.body).map((endpoint) => ({ ...endpoint })))(
      '$method $path refuses an unknown top-level field with 422 unknownField, and changes nothing',
      async ({ method, path, body }) => {
        const snapshot = () => Promise.all([`/api/plans/${PLAN}/targets`, '/api/plans', '/api/measures', '/api/projects', '/api/admin/users'].map(read));
        const before = await snapshot();
        const answer = await target.call(method, path, { as: admin, body: { ...(body?.() as object), unexpectedField: 'x' } });
        expect(answer.status, answer.text).toBe(422);
        expect(validationErrorResponseSchema.parse(answer.body).fieldErrors).toContainEqual({ field: 'unexpectedField', code: 'unknownField' });
        expect(await snapshot()).toEqual(before);
      },
    );
  });

  describe('malformed JSON', () => {
    const withBody = WRITE_ENDPOINTS.filter((endpoint) => endpoint.body);
    it.each(withBody.map((endpoint) => ({ ...endpoint })))('$method $path answers 400 to a body that is not JSON', async ({ method, path }) => {
      for (const rawBody of ['{"baseVersion": 1, "changes": {', 'not json', '']) {
        const answer = await target.call(method, path, { as: admin, rawBody });
        expect(answer.status, JSON.stringify(rawBody)).toBe(400);
        expect(answer.body).toMatchObject({ error: 'badRequest', message: expect.any(String) as unknown });
      }
    });

    it('changes nothing on a malformed body', async () => {
      await target.call('PATCH', TARGET_1212, { as: admin, rawBody: '{"baseVersion": 1, "changes": {"status": "partially"}' });
      expect((await read(TARGET_1212)).target).toMatchObject({ version: 1, status: 'notAtAll' });
    });
  });

  describe('SQL-looking text', () => {
    const DROP = "'; DROP TABLE targets; --";
    const TRICKS = `${DROP} Robert'); DROP TABLE themes;-- " OR 1=1; SELECT * FROM users; \\' $1 ? %s ä ö 👍`;

    it('stores it as text and reads it back verbatim', async () => {
      const edited = await target.call('PATCH', TARGET_1212, { as: manager, body: patch(1, { metricStatus: TRICKS, title: DROP, responsiblePersons: [DROP] }) });
      expect(edited.status).toBe(200);
      expect((await read(TARGET_1212)).target).toMatchObject({ metricStatus: TRICKS, title: DROP, responsiblePersons: [DROP] });
      const plan = await read(`/api/plans/${PLAN}/targets`);
      expect((plan.targets as unknown[]).length).toBe(8);
      expect(plan.targets).toContainEqual(expect.objectContaining({ title: DROP, metricStatus: TRICKS }));
      const [entry] = (await history(TARGET_1212)) as { changes: { field: string; after: unknown }[] }[];
      expect(entry?.changes).toContainEqual(expect.objectContaining({ field: 'metricStatus', after: TRICKS }));
    });

    it('keeps it verbatim in ids, names and titles too', async () => {
      const theme = await target.call('POST', `/api/plans/${PLAN}/themes`, { as: manager, body: { title: TRICKS } });
      expect(theme.status).toBe(201);
      const person = await target.call('POST', '/api/users', { as: admin, body: { name: DROP, title: TRICKS, role: 'viewer' } });
      expect(person.status).toBe(201);
      const measure = await target.call('PATCH', MEASURE, { as: manager, body: patch(1, { progress: 'late' }, DROP) });
      expect(measure.status).toBe(200);
      const plan = await read(`/api/plans/${PLAN}/targets`);
      expect(plan.themes).toContainEqual(expect.objectContaining({ title: TRICKS }));
      expect((await read('/api/admin/users')).users).toContainEqual(expect.objectContaining({ name: DROP, title: TRICKS }));
      expect((await target.call('PATCH', MEASURE, { as: manager, body: patch(1, { progress: 'late' }, DROP) })).body).toMatchObject({ appliedVersion: 2 });
      expect((await read('/api/plans')).plans).toHaveLength(2);
    });

    it('treats it as an id that does not exist', async () => {
      const answer = await target.call('GET', `/api/targets/${encodeURIComponent(DROP)}`, { as: manager });
      expect(answer.status).toBe(404);
      expect((await read(`/api/plans/${PLAN}/targets`)).targets).toHaveLength(8);
    });
  });
}
