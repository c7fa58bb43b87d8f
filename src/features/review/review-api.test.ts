import { describe, expect, it } from 'vitest';
import { testSessionFor, testStorage } from '../../../mocks/node';

const T171 = 'vantaa-2021-17-1';
const PLAN = 'vantaa-kasvatus-2021';
const HISTORY = `/api/targets/${T171}/history`;
const REVIEW = `/api/targets/${T171}/review`;
const QUEUE = `/api/plans/${PLAN}/review-queue`;

/** Calls the demo API through the MSW test server, as any client would, as `userId` (or with no session). */
async function call(path: string, userId: string | null, init: { method?: string; body?: unknown } = {}) {
  const token = userId ? await testSessionFor(userId) : null;
  const response = await fetch(new URL(path, window.location.origin), {
    method: init.method ?? 'GET',
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> };
}

async function edit(userId: string, changes: Record<string, unknown>) {
  const baseVersion = (await testStorage.getTarget(T171))?.version;
  const result = await call(`/api/targets/${T171}`, userId, { method: 'PATCH', body: { baseVersion, changes } });
  expect(result.status).toBe(200);
}

describe('audit trail API', () => {
  it('records who changed what, when, with before and after, for any signed-in reader', async () => {
    await edit('riikka-astrand', { status: 'partially' });
    await edit('katri-kalske', { metricStatus: 'Toimintamalleja on 85.' });
    const result = await call(HISTORY, 'lauri-lautakunta');
    expect(result.status).toBe(200);
    const entries = result.body.entries as Record<string, unknown>[];
    expect(entries.map((entry) => [entry.version, entry.actorName])).toEqual([
      [3, 'Katri Kalske'],
      [2, 'Riikka Åstrand'],
    ]);
    expect(entries[1]).toMatchObject({
      actorId: 'riikka-astrand',
      at: '2026-11-23T09:00:00.000Z',
      changes: [{ field: 'status', before: 'fully', after: 'partially' }],
    });
    expect(entries[0]?.changes).toEqual([
      { field: 'metricStatus', before: expect.stringMatching(/^Kasvatus- ja oppiminen/), after: 'Toimintamalleja on 85.' },
    ]);
  });

  it('refuses a reader without a session', async () => {
    expect((await call(HISTORY, null)).status).toBe(401);
  });

  it('cannot be written: POST, PUT, PATCH and DELETE answer 405 and change nothing', async () => {
    await edit('riikka-astrand', { status: 'partially' });
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const result = await call(HISTORY, 'anni-admin', { method, body: method === 'DELETE' ? undefined : { entries: [] } });
      expect(result.status, method).toBe(405);
      expect(result.body).toMatchObject({ error: 'methodNotAllowed', message: expect.stringMatching(/Muutoshistoriaa ei voi muuttaa/) });
      expect(result.headers.get('Allow')).toBe('GET');
    }
    expect(await testStorage.listAudit('target', T171)).toHaveLength(1);
  });
});

describe('review API', () => {
  it('gives the queue to managers and admins only', async () => {
    await edit('riikka-astrand', { status: 'partially' });
    for (const userId of ['maija-manageri', 'anni-admin']) {
      const result = await call(QUEUE, userId);
      expect(result.status, userId).toBe(200);
      expect((result.body.items as { target: { code: string } }[]).map((item) => item.target.code)).toEqual(['17.1']);
    }
    for (const userId of ['lauri-lautakunta', 'riikka-astrand']) expect((await call(QUEUE, userId)).status, userId).toBe(403);
    expect((await call(QUEUE, null)).status).toBe(401);
  });

  it('lets managers and admins decide, and refuses everyone else', async () => {
    await edit('riikka-astrand', { status: 'partially' });
    const body = { version: 2, decision: 'reviewed' };
    expect((await call(REVIEW, null, { method: 'POST', body })).status).toBe(401);
    expect((await call(REVIEW, 'lauri-lautakunta', { method: 'POST', body })).status).toBe(403);
    expect((await call(REVIEW, 'riikka-astrand', { method: 'POST', body })).status).toBe(403);
    expect((await call(REVIEW, 'maija-manageri', { method: 'POST', body })).status).toBe(200);
    expect((await call(REVIEW, 'anni-admin', { method: 'POST', body })).status).toBe(200);
    const recorded = await testStorage.listPlanReviews(PLAN);
    expect(recorded.map((review) => [review.reviewerName, review.decision, review.version])).toEqual([
      ['Maija Manageri', 'reviewed', 2],
      ['Anni Admin', 'reviewed', 2],
    ]);
  });

  it('answers 422 with field errors for a bad body and 409 for a version that is not current', async () => {
    const empty = await call(REVIEW, 'maija-manageri', { method: 'POST', body: { version: 1, decision: 'returned', comment: '' } });
    expect(empty.status).toBe(422);
    expect(empty.body).toMatchObject({ error: 'validation', fieldErrors: [{ field: 'comment', code: 'required' }] });
    const wrong = await call(REVIEW, 'maija-manageri', { method: 'POST', body: { version: 'x', decision: 'ok' } });
    expect(wrong.status).toBe(422);
    expect(wrong.body.fieldErrors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'version' }),
        { field: 'decision', code: 'invalidValue' },
      ]),
    );
    await edit('riikka-astrand', { status: 'partially' });
    const stale = await call(REVIEW, 'maija-manageri', { method: 'POST', body: { version: 1, decision: 'reviewed' } });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ error: 'conflict', current: { version: 2 } });
    expect(await testStorage.listPlanReviews(PLAN)).toEqual([]);
  });

  it('queues the changes two people made, with the diff and their names', async () => {
    await edit('riikka-astrand', { status: 'partially' });
    await edit('katri-kalske', { status: 'notAtAll', targetLevel: 'Mallit vakiintuneet.' });
    const { body } = await call(QUEUE, 'maija-manageri');
    const [item] = body.items as Record<string, unknown>[];
    expect(item).toMatchObject({
      target: { code: '17.1', version: 3 },
      changedBy: ['Riikka Åstrand', 'Katri Kalske'],
      editCount: 2,
      lastReview: null,
    });
    expect(item?.changes).toEqual([
      { field: 'status', before: 'fully', after: 'notAtAll' },
      { field: 'targetLevel', before: 'Poikkeusaikana luotuja toimintamalleja käytössä', after: 'Mallit vakiintuneet.' },
    ]);
  });

  it('shows a return to the responsible person until a new edit answers it', async () => {
    await edit('riikka-astrand', { status: 'partially' });
    const comment = 'Kerro, montako toimintamallia on käytössä.';
    expect((await call(REVIEW, 'maija-manageri', { method: 'POST', body: { version: 2, decision: 'returned', comment } })).status).toBe(200);
    const before = await call('/api/me/returns', 'riikka-astrand');
    expect(before.body.returns).toEqual([
      expect.objectContaining({
        review: expect.objectContaining({ reviewerName: 'Maija Manageri', comment, version: 2 }),
        target: expect.objectContaining({ code: '17.1' }),
        answered: false,
      }),
    ]);
    expect((await call('/api/me/returns', 'timo-aronkyto')).body.returns).toEqual([]);
    expect((await call('/api/me/returns', null)).status).toBe(401);

    await edit('riikka-astrand', { metricStatus: 'Toimintamalleja on 85.' });
    expect((await call('/api/me/returns', 'riikka-astrand')).body.returns).toEqual([expect.objectContaining({ answered: true })]);
  });
});
