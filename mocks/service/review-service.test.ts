import { beforeEach, describe, expect, it } from 'vitest';
import type { MyReturnsResponse, ReviewQueueResponse, TargetHistoryResponse } from '../../src/api/contract-review';
import type { Review } from '../../src/domain/review';
import type { User } from '../../src/domain/user';
import { demoUsers } from '../seed/users';
import { vantaa2021 } from '../seed/vantaa-2021';
import { createMemoryStorage } from '../storage/memory-storage';
import { createReviewService, type ReviewService } from './review-service';
import type { ServiceStorage } from './storage';
import { createTargetService, type TargetService } from './target-service';

const PLAN = 'vantaa-kasvatus-2021';
const T171 = 'vantaa-2021-17-1';
const T55 = 'vantaa-2021-5-1';
const person = (id: string): User => {
  const found = demoUsers.find((user) => user.id === id);
  if (!found) throw new Error(id);
  return found;
};
const riikka = person('riikka-astrand');
const katri = person('katri-kalske');
const timo = person('timo-aronkyto');
const maija = person('maija-manageri');
const anni = person('anni-admin');
const lauri = person('lauri-lautakunta');

describe('audit trail and review service', () => {
  let storage: ServiceStorage;
  let targets: TargetService;
  let reviews: ReviewService;
  let minute: number;

  beforeEach(() => {
    storage = createMemoryStorage([vantaa2021], {}, demoUsers);
    minute = 0;
    // Every call to the clock is a minute later, so the order of events is visible in the times.
    const now = () => new Date(Date.UTC(2026, 10, 23, 9, minute++));
    targets = createTargetService(storage, { now });
    reviews = createReviewService(storage, { now });
  });

  async function edit(targetId: string, changes: Record<string, unknown>, actor: User) {
    const current = await storage.getTarget(targetId);
    const result = await targets.updateTarget(targetId, { baseVersion: current?.version, changes }, actor);
    expect(result.status).toBe(200);
  }
  const versionOf = async (targetId: string) => (await storage.getTarget(targetId))?.version ?? 0;
  const queueOf = async (actor: User) => (await reviews.reviewQueue(PLAN, actor)).body as ReviewQueueResponse;
  const returnsOf = async (actor: User) => ((await reviews.myReturns(actor)).body as MyReturnsResponse).returns;

  it('records every accepted change with who, when, which fields and before and after, newest first', async () => {
    await edit(T171, { status: 'partially', metricStatus: 'Etäopetusmallit käytössä.' }, riikka);
    await edit(T171, { status: 'notAtAll' }, katri);
    const result = await reviews.targetHistory(T171);
    expect(result.status).toBe(200);
    const { entries } = result.body as TargetHistoryResponse;
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      entity: 'target',
      entityId: T171,
      planId: PLAN,
      version: 3,
      actorId: 'katri-kalske',
      actorName: 'Katri Kalske',
      changes: [{ field: 'status', before: 'partially', after: 'notAtAll' }],
    });
    expect(entries[1]).toMatchObject({ version: 2, actorName: 'Riikka Åstrand', at: '2026-11-23T09:00:00.000Z' });
    const seedMetricStatus = vantaa2021.targets.find((target) => target.id === T171)?.metricStatus;
    expect(entries[1]?.changes).toEqual(
      expect.arrayContaining([
        { field: 'status', before: 'fully', after: 'partially' },
        { field: 'metricStatus', before: seedMetricStatus, after: 'Etäopetusmallit käytössä.' },
      ]),
    );
    expect(entries[1]?.changes).toHaveLength(2);
  });

  it('writes nothing to the trail for a refused change', async () => {
    expect((await targets.updateTarget(T171, { baseVersion: 1, changes: { status: 'fully' } }, lauri)).status).toBe(403);
    expect((await targets.updateTarget(T171, { baseVersion: 9, changes: { status: 'fully' } }, riikka)).status).toBe(409);
    expect((await targets.updateTarget(T171, { baseVersion: 1, changes: { status: 'melkein' } }, riikka)).status).toBe(422);
    expect(((await reviews.targetHistory(T171)).body as TargetHistoryResponse).entries).toEqual([]);
    expect((await reviews.targetHistory('nope')).status).toBe(404);
  });

  it("lists in a manager's queue the targets two people changed, with the diff and their names", async () => {
    await edit(T171, { status: 'partially' }, riikka);
    await edit(T55, { metricStatus: 'Uusi tilanne' }, katri);
    await edit(T171, { status: 'notAtAll', responsiblePersons: ['Riikka Åstrand'] }, katri);
    const queue = await queueOf(maija);
    expect(queue.items.map((item) => item.target.code)).toEqual(['17.1', '5.1']);
    const [item171] = queue.items;
    expect(item171).toMatchObject({
      target: { id: T171, version: 3, status: 'notAtAll' },
      lastReview: null,
      changedBy: ['Riikka Åstrand', 'Katri Kalske'],
      firstChangedAt: '2026-11-23T09:00:00.000Z',
      lastChangedAt: '2026-11-23T09:02:00.000Z',
      editCount: 2,
    });
    expect(item171?.changes).toEqual([
      { field: 'status', before: 'fully', after: 'notAtAll' },
      { field: 'responsiblePersons', before: ['Riikka Åstrand', 'Katri Kalske'], after: ['Riikka Åstrand'] },
    ]);
  });

  it('takes a reviewed target out of that manager’s queue until it changes again, then shows only the new changes', async () => {
    await edit(T171, { status: 'partially' }, riikka);
    const decided = await reviews.decide(T171, { version: 2, decision: 'reviewed' }, maija);
    expect(decided.status).toBe(200);
    expect((decided.body as { review: Review }).review).toMatchObject({ reviewerName: 'Maija Manageri', version: 2, decision: 'reviewed', comment: '' });
    expect((await queueOf(maija)).items).toEqual([]);
    // Each manager keeps a queue of their own.
    expect((await queueOf(anni)).items.map((item) => item.target.code)).toEqual(['17.1']);

    await edit(T171, { status: 'fully' }, riikka);
    const [again] = (await queueOf(maija)).items;
    expect(again?.lastReview).toMatchObject({ version: 2, decision: 'reviewed' });
    expect(again?.changes).toEqual([{ field: 'status', before: 'partially', after: 'fully' }]);
    expect(await storage.listPlanReviews(PLAN)).toHaveLength(1);
  });

  it('refuses the queue and decisions to viewers and responsible persons', async () => {
    for (const actor of [lauri, riikka]) {
      expect((await reviews.reviewQueue(PLAN, actor)).status).toBe(403);
      expect((await reviews.decide(T171, { version: 1, decision: 'reviewed' }, actor)).status).toBe(403);
    }
    expect((await reviews.reviewQueue('nope', maija)).status).toBe(404);
    expect((await reviews.decide('nope', { version: 1, decision: 'reviewed' }, maija)).status).toBe(404);
    expect(await storage.listPlanReviews(PLAN)).toEqual([]);
  });

  it('answers 422 field by field for a bad decision, and 409 for a version that is no longer current', async () => {
    const fieldErrorsOf = async (body: unknown) => {
      const result = await reviews.decide(T171, body, maija);
      expect(result.status).toBe(422);
      return (result.body as { fieldErrors: unknown[] }).fieldErrors;
    };
    expect(await fieldErrorsOf({ version: 1, decision: 'returned', comment: ' ' })).toEqual([{ field: 'comment', code: 'required' }]);
    expect(await fieldErrorsOf({ version: 1, decision: 'returned', comment: 'x'.repeat(2001) })).toEqual([
      { field: 'comment', code: 'tooLong', limit: 2000 },
    ]);
    expect(await fieldErrorsOf({ decision: 'maybe', extra: 1 })).toEqual(
      expect.arrayContaining([
        { field: 'version', code: 'required' },
        { field: 'decision', code: 'invalidValue' },
        { field: 'extra', code: 'unknownField' },
      ]),
    );
    expect((await reviews.decide(T171, 'not an object', maija)).status).toBe(422);

    await edit(T171, { status: 'partially' }, riikka);
    const stale = await reviews.decide(T171, { version: 1, decision: 'reviewed' }, maija);
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ error: 'conflict', current: { id: T171, version: 2 } });
    expect(await storage.listPlanReviews(PLAN)).toEqual([]);
  });

  it('shows a return to the target’s responsible persons until they answer it with a new version', async () => {
    await edit(T171, { status: 'partially' }, riikka);
    const comment = 'Lisää etäopetuksen käyttäjämäärät mittarien tilanteeseen.';
    expect((await reviews.decide(T171, { version: 2, decision: 'returned', comment }, maija)).status).toBe(200);

    const [returned] = await returnsOf(riikka);
    expect(returned).toMatchObject({
      review: { reviewerName: 'Maija Manageri', decision: 'returned', comment, version: 2, at: '2026-11-23T09:01:00.000Z' },
      target: { id: T171, code: '17.1', version: 2 },
      answered: false,
    });
    expect((await returnsOf(katri)).map((item) => item.target.code)).toEqual(['17.1']);
    expect(await returnsOf(timo)).toEqual([]);

    await edit(T171, { metricStatus: 'Käyttäjiä 1 200.' }, riikka);
    expect(await versionOf(T171)).toBe(3);
    expect((await returnsOf(riikka))[0]).toMatchObject({ answered: true, target: { version: 3 } });

    // A later "reviewed" closes the return.
    expect((await reviews.decide(T171, { version: 3, decision: 'reviewed' }, maija)).status).toBe(200);
    expect(await returnsOf(riikka)).toEqual([]);
  });

  it('leaves a manager’s own changes and archived targets out of their queue', async () => {
    await edit(T171, { title: 'Etäopetuksen mallit (lyhennetty)' }, maija);
    expect((await queueOf(maija)).items).toEqual([]);
    expect((await queueOf(anni)).items.map((item) => item.target.id)).toEqual([T171]);

    await edit(T55, { metricStatus: 'Riikan päivitys' }, katri);
    const archived = await storage.getTarget(T55);
    if (!archived) throw new Error('no 5.1');
    await storage.putTarget({ ...archived, archived: true });
    expect((await queueOf(anni)).items.map((item) => item.target.id)).toEqual([T171]);
  });
});
