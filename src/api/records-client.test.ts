import { describe, expect, it } from 'vitest';
import { testServices, testStorage } from '../../mocks/node';
import { measure91 } from '../../mocks/seed/measures';
import type { Measure } from '../domain/measure';
import { callApi } from '../../test/api/api-call';
import { signInForTest } from '../../test/sign-in';
import { ApiError } from './client';
import { RecordConflictError, recordsClient } from './records-client';

const MEASURE_PATH = '/api/measures/measure-91';
const PROJECT_PATH = '/api/projects/6aika-pedtech';

async function failureOf(call: Promise<unknown>): Promise<ApiError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('Expected the call to fail');
}

describe('PATCH /api/measures/:id and /api/projects/:id over HTTP', () => {
  it.each([
    ['the admin', 'anni-admin', 200],
    ['a manager', 'maija-manageri', 200],
    ['a responsible person not among the contacts', 'riikka-astrand', 403],
    ['a board member', 'lauri-lautakunta', 403],
    ['nobody signed in', null, 401],
  ])('%s → %i', async (_who, as, expected) => {
    const measure = await callApi('PATCH', MEASURE_PATH, { as, body: { baseVersion: 1, changes: { progress: 'late' } } });
    const project = await callApi('PATCH', PROJECT_PATH, { as, body: { baseVersion: 1, changes: { goals: 'Uudet tavoitteet.' } } });
    expect([measure.status, project.status]).toEqual([expected, expected]);
    const after = await callApi('GET', MEASURE_PATH, { as: 'anni-admin' });
    expect((after.body.item as { version: number }).version).toBe(expected === 200 ? 2 : 1);
  });

  it('lets a responsible person named among the contacts edit the record', async () => {
    const contacts = [...measure91.contacts, { name: 'Riikka Åstrand', title: '', unit: 'Kasvatus ja oppiminen (kuvitteellinen)' }];
    const withRiikka: Measure = { ...measure91, contacts };
    await testStorage.putRecord('measures', withRiikka);
    const answer = await callApi('PATCH', MEASURE_PATH, { as: 'riikka-astrand', body: { baseVersion: 1, changes: { progress: 'late' } } });
    expect(answer.status).toBe(200);
    expect(answer.body.item).toMatchObject({ progress: 'late', updatedBy: 'Riikka Åstrand' });
  });

  it('answers 400 for a body that is not JSON', async () => {
    const { signIn } = testServices.auth;
    const token = ((await signIn({ userId: 'anni-admin' })).body as { token: string }).token;
    const response = await fetch(new URL(MEASURE_PATH, window.location.origin), {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: '{not json',
    });
    expect(response.status).toBe(400);
  });
});

describe('records client', () => {
  it('parses the edited measure and the version the edit produced', async () => {
    const answer = await recordsClient.updateMeasure('measure-91', { baseVersion: 1, editId: 'c-1', changes: { impact: 'medium' } });
    expect(answer).toMatchObject({ appliedVersion: 2, item: { id: 'measure-91', impact: 'medium', version: 2 } });
  });

  it('turns a 409 into a conflict carrying the server’s copy', async () => {
    await recordsClient.updateProject('6aika-pedtech', { baseVersion: 1, changes: { coordinator: 'Ensimmäinen' } });
    const error = await failureOf(recordsClient.updateProject('6aika-pedtech', { baseVersion: 1, changes: { coordinator: 'Toinen' } }));
    expect(error).toBeInstanceOf(RecordConflictError);
    expect(error.kind).toBe('conflict');
    expect((error as RecordConflictError).currentRecord).toMatchObject({ version: 2, coordinator: 'Ensimmäinen' });
  });

  it('reports refusals by kind: 422 with the fields, 403 and 401', async () => {
    const invalid = await failureOf(recordsClient.updateMeasure('measure-91', { baseVersion: 1, changes: { progress: 'soon' as never } }));
    expect(invalid).toMatchObject({ kind: 'validation', fieldErrors: [{ field: 'progress', code: 'invalidValue' }] });

    await signInForTest('lauri-lautakunta');
    expect((await failureOf(recordsClient.updateMeasure('measure-91', { baseVersion: 1, changes: { progress: 'late' } }))).kind).toBe('forbidden');

    await testStorage.reset([], {}, []);
    expect((await failureOf(recordsClient.updateMeasure('measure-91', { baseVersion: 1, changes: { progress: 'late' } }))).kind).toBe('unauthorized');
  });
});
