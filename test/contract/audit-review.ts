import { describe, expect, it } from 'vitest';
import { myReturnsResponseSchema, reviewQueueResponseSchema, reviewResponseSchema, targetHistoryResponseSchema } from '../../src/api/contract-review';
import type { ContractTarget } from './contract-target';
import { HISTORY_WRITES, MEASURE, PEOPLE, PLAN, TARGET_1212, TARGET_171 } from './endpoints';

const { manager, admin, viewer } = PEOPLE;
const RIIKKA = 'riikka-astrand';
const HISTORY = `${TARGET_1212}/history`;

/** The server-written audit trail, and the managers' review of responsible persons' updates. */
export function auditAndReviewContract(target: ContractTarget) {
  const read = async (path: string, as = admin) => (await target.call('GET', path, { as })).body;

  describe('the audit trail', () => {
    it.each(HISTORY_WRITES.flatMap((method) => [null, admin].map((as) => ({ method, as }))))(
      'cannot be written through the API: $method as $as → 405',
      async ({ method, as }) => {
        const answer = await target.call(method, HISTORY, { as, body: { entries: [] } });
        expect(answer.status).toBe(405);
        expect(answer.headers.get('Allow')).toBe('GET');
        expect(answer.body).toMatchObject({ error: 'methodNotAllowed', message: expect.any(String) as unknown });
        expect((await read(HISTORY)).entries).toEqual([]);
      },
    );

    it('records every accepted change with who, when, which fields, before and after', async () => {
      await target.call('PATCH', TARGET_1212, { as: manager, body: { baseVersion: 1, changes: { status: 'partially' } } });
      await target.call('PATCH', `${TARGET_1212}/structure`, { as: admin, body: { changes: { title: 'Uusi otsikko' } } });
      const history = await target.call('GET', HISTORY, { as: viewer });
      expect(history.status).toBe(200);
      expect(targetHistoryResponseSchema.parse(history.body).entries).toEqual([
        expect.objectContaining({ actorName: 'Anni Admin', actorId: admin, version: 3, changes: [expect.objectContaining({ field: 'title', after: 'Uusi otsikko' })] }),
        expect.objectContaining({
          actorName: 'Maija Manageri',
          actorId: manager,
          entity: 'target',
          entityId: 'vantaa-2021-12-12',
          planId: PLAN,
          version: 2,
          at: expect.any(String) as unknown,
          changes: [{ field: 'status', before: 'notAtAll', after: 'partially' }],
        }),
      ]);
    });

    it('records nothing for a refused, conflicting, invalid or resent change', async () => {
      const change = { baseVersion: 1, editId: 'audited-once', changes: { status: 'partially' } };
      await target.call('PATCH', TARGET_1212, { as: manager, body: change });
      await target.call('PATCH', TARGET_1212, { as: manager, body: change });
      await target.call('PATCH', TARGET_1212, { as: viewer, body: { baseVersion: 2, changes: { status: 'fully' } } });
      await target.call('PATCH', TARGET_1212, { as: manager, body: { baseVersion: 1, changes: { status: 'fully' } } });
      await target.call('PATCH', TARGET_1212, { as: manager, body: { baseVersion: 2, changes: { status: 'never' } } });
      const { entries } = targetHistoryResponseSchema.parse(await read(HISTORY));
      expect(entries.map((entry) => entry.version)).toEqual([2]);
    });

    it('keeps the trail of a measure apart from the targets’ trails', async () => {
      await target.call('PATCH', MEASURE, { as: manager, body: { baseVersion: 1, changes: { progress: 'late' } } });
      expect((await read(HISTORY)).entries).toEqual([]);
    });
  });

  describe('review decisions', () => {
    const reportAsRiikka = async () => {
      const answer = await target.call('PATCH', TARGET_171, { as: RIIKKA, body: { baseVersion: 1, changes: { status: 'partially', metricStatus: 'Edistyy.' } } });
      expect(answer.status).toBe(200);
    };
    const queue = async () => reviewQueueResponseSchema.parse(await read(`/api/plans/${PLAN}/review-queue`, manager)).items;

    it('queues a responsible person’s update for the manager, with what changed and who changed it', async () => {
      expect(await queue()).toEqual([]);
      await reportAsRiikka();
      const items = await queue();
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({
        target: { id: 'vantaa-2021-17-1', code: '17.1', version: 2 },
        lastReview: null,
        changedBy: ['Riikka Åstrand'],
        editCount: 1,
      });
      expect(items[0]?.changes).toEqual(
        expect.arrayContaining([expect.objectContaining({ field: 'status', before: 'fully', after: 'partially' })]),
      );
    });

    it('marks an update reviewed: the decision is recorded and the target leaves the queue', async () => {
      await reportAsRiikka();
      const answer = await target.call('POST', `${TARGET_171}/review`, { as: manager, body: { version: 2, decision: 'reviewed' } });
      expect(answer.status).toBe(200);
      expect(reviewResponseSchema.parse(answer.body).review).toMatchObject({
        targetId: 'vantaa-2021-17-1',
        reviewerId: manager,
        reviewerName: 'Maija Manageri',
        version: 2,
        decision: 'reviewed',
        comment: '',
      });
      expect(await queue()).toEqual([]);
    });

    it('returns an update with a comment to the responsible person, until they answer it', async () => {
      await reportAsRiikka();
      const returned = await target.call('POST', `${TARGET_171}/review`, {
        as: manager,
        body: { version: 2, decision: 'returned', comment: '  Lisää luvut, kiitos.  ' },
      });
      expect(returned.status).toBe(200);
      expect(returned.body.review).toMatchObject({ decision: 'returned', comment: 'Lisää luvut, kiitos.' });
      const mine = myReturnsResponseSchema.parse(await read('/api/me/returns', RIIKKA)).returns;
      expect(mine).toEqual([expect.objectContaining({ answered: false, target: expect.objectContaining({ code: '17.1' }) as unknown })]);
      expect(myReturnsResponseSchema.parse(await read('/api/me/returns', viewer)).returns).toEqual([]);
      await target.call('PATCH', TARGET_171, { as: RIIKKA, body: { baseVersion: 2, changes: { metricStatus: 'Luvut lisätty.' } } });
      expect(myReturnsResponseSchema.parse(await read('/api/me/returns', RIIKKA)).returns).toEqual([expect.objectContaining({ answered: true })]);
    });

    it('needs a comment to return, a known decision, and the version the manager saw', async () => {
      await reportAsRiikka();
      const noComment = await target.call('POST', `${TARGET_171}/review`, { as: manager, body: { version: 2, decision: 'returned', comment: ' ' } });
      expect(noComment.status).toBe(422);
      expect(noComment.body.fieldErrors).toEqual([{ field: 'comment', code: 'required' }]);
      const unknownDecision = await target.call('POST', `${TARGET_171}/review`, { as: manager, body: { version: 2, decision: 'approved' } });
      expect(unknownDecision.status).toBe(422);
      expect(unknownDecision.body.fieldErrors).toContainEqual({ field: 'decision', code: 'invalidValue' });
      const stale = await target.call('POST', `${TARGET_171}/review`, { as: manager, body: { version: 1, decision: 'reviewed' } });
      expect(stale.status).toBe(409);
      expect(stale.body).toMatchObject({ error: 'conflict', current: { id: 'vantaa-2021-17-1', version: 2 } });
      const missing = await target.call('POST', '/api/targets/no-such-target/review', { as: manager, body: { version: 1, decision: 'reviewed' } });
      expect(missing.status).toBe(404);
      expect(await queue()).toHaveLength(1);
    });
  });
}
