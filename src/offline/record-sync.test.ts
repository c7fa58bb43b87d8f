import { afterEach, describe, expect, it } from 'vitest';
import { server, testFaults, testServices, testStorage } from '../../mocks/node';
import { measure91 } from '../../mocks/seed/measures';
import { useSessionStore } from '../api/session-store';
import type { Measure } from '../domain/measure';
import type { Project } from '../domain/project';
import type { RecordKind } from '../../mocks/service/storage';
import { signInForTest } from '../../test/sign-in';
import { loadCollection } from './collections';
import { LocalDatabase, localDb, type RecordOutboxEntry } from './db';
import { readAllEdits } from './outbox';
import { saveTargetEdit } from './save-target-edit';
import { EditValidationError } from './errors';
import { loadPlanData } from './read-through';
import { resolveRecordConflict, saveRecordEdit } from './record-edits';
import { createSyncEngine } from './sync-engine';
import { useSyncStatusStore } from './sync-status';

const MEASURE_ID = measure91.id;
const PROJECT_ID = '6aika-pedtech';
const ADMIN = { author: 'Anni Admin', authorId: 'anni-admin' };
const half = () => 0.5;

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** Counts the PATCH requests the test server sees for measures and projects. */
function countRecordPatches() {
  const paths: string[] = [];
  const listener = ({ request }: { request: Request }) => {
    const path = new URL(request.url).pathname;
    if (request.method === 'PATCH' && /^\/api\/(measures|projects)\//.test(path)) paths.push(path);
  };
  server.events.on('request:start', listener);
  cleanups.push(() => server.events.removeListener('request:start', listener));
  return paths;
}

const onServer = async <T>(kind: RecordKind, id: string) => (await testStorage.getRecord(kind, id)) as unknown as T;
const shownMeasure = async (db: LocalDatabase = localDb) => (await db.records.get(['measures', MEASURE_ID]))?.data as Measure;
const syncOnce = (db: LocalDatabase = localDb) => createSyncEngine({ db, random: half }).syncNow({ force: true });

/** A colleague's accepted change straight on the server, as from another device. */
async function colleagueChangesMeasure(changes: Record<string, unknown>) {
  const current = await onServer<Measure>('measures', MEASURE_ID);
  const colleague = { id: 'kollega', name: 'Kollega Kolmonen', role: 'manager' as const };
  const result = await testServices.records.update('measures', MEASURE_ID, { baseVersion: current.version, changes }, colleague);
  if (result.status !== 200) throw new Error(`colleague edit refused: ${JSON.stringify(result.body)}`);
}

describe('editing measures and projects offline', () => {
  it('stores the edit and the shown copy together, keeps them over a reload and sends the edit once', async () => {
    await loadCollection('measures');
    const entry = await saveRecordEdit({ entity: 'measure', id: MEASURE_ID, changes: { progress: 'late' }, ...ADMIN });
    expect(entry).toMatchObject({ entity: 'measure', entityId: MEASURE_ID, baseVersion: 1, state: 'pending', author: 'Anni Admin' });
    expect((await shownMeasure()).progress).toBe('late');
    expect((await onServer<Measure>('measures', MEASURE_ID)).version).toBe(1);

    // A reload: a new connection to the same database and a new engine.
    const reopened = new LocalDatabase();
    cleanups.push(() => reopened.close());
    expect(await readAllEdits(reopened)).toMatchObject([{ id: entry.id, state: 'pending', changes: { progress: 'late' } }]);
    expect((await shownMeasure(reopened)).progress).toBe('late');

    const patches = countRecordPatches();
    await syncOnce(reopened);
    await syncOnce(reopened);

    expect(patches).toEqual([`/api/measures/${MEASURE_ID}`]);
    const serverCopy = await onServer<Measure>('measures', MEASURE_ID);
    expect(serverCopy).toMatchObject({ version: 2, progress: 'late', updatedBy: 'Anni Admin' });
    expect(await readAllEdits(reopened)).toEqual([]);
    expect(await shownMeasure(reopened)).toEqual(serverCopy);
    expect((await reopened.serverRecords.get(['measures', MEASURE_ID]))?.data).toEqual(serverCopy);
  });

  it('writes nothing when the edit is invalid or the record is not stored here', async () => {
    await loadCollection('measures');
    await expect(saveRecordEdit({ entity: 'measure', id: MEASURE_ID, changes: { progress: 'soon' as never }, ...ADMIN })).rejects.toBeInstanceOf(
      EditValidationError,
    );
    await expect(saveRecordEdit({ entity: 'project', id: PROJECT_ID, changes: { goals: 'x' }, ...ADMIN })).rejects.toThrow(/not stored locally/);
    expect(await readAllEdits()).toEqual([]);
    expect((await shownMeasure()).progress).toBe('onTime');
  });

  it('applies a resent edit once when the first answer was lost', async () => {
    await loadCollection('projects');
    await saveRecordEdit({ entity: 'project', id: PROJECT_ID, changes: { goals: 'Tavoitteet tarkentuivat.' }, ...ADMIN });
    testFaults.failNext('lostResponse');

    await syncOnce();
    expect(await readAllEdits()).toMatchObject([{ state: 'pending', attempts: 1 }]);
    await syncOnce();

    expect(await readAllEdits()).toEqual([]);
    expect(await onServer<Project>('projects', PROJECT_ID)).toMatchObject({ version: 2, goals: 'Tavoitteet tarkentuivat.' });
    expect(await testStorage.listAudit('project', PROJECT_ID)).toHaveLength(1);
  });

  it('sends measure, project and target edits in the same round, each in its own lane', async () => {
    await loadCollection('measures');
    await loadCollection('projects');
    await loadPlanData('vantaa-kasvatus-2021');
    await saveRecordEdit({ entity: 'measure', id: MEASURE_ID, changes: { timeSpan: '2020–2022' }, ...ADMIN });
    await saveTargetEdit({ targetId: 'vantaa-2021-12-12', changes: { metricStatus: 'Samalla kierroksella.' }, ...ADMIN });
    await saveRecordEdit({ entity: 'project', id: PROJECT_ID, changes: { coordinator: 'Helsingin kaupunki' }, ...ADMIN });
    await saveRecordEdit({ entity: 'measure', id: MEASURE_ID, changes: { impact: 'medium' }, ...ADMIN });

    await syncOnce();

    expect(await readAllEdits()).toEqual([]);
    expect(await onServer<Measure>('measures', MEASURE_ID)).toMatchObject({ version: 3, timeSpan: '2020–2022', impact: 'medium' });
    expect(await onServer<Project>('projects', PROJECT_ID)).toMatchObject({ version: 2, coordinator: 'Helsingin kaupunki' });
    expect(await testStorage.getTarget('vantaa-2021-12-12')).toMatchObject({ version: 2, metricStatus: 'Samalla kierroksella.' });
  });

  it('keeps both versions on a conflict and sends the fields the user keeps, based on the server’s version', async () => {
    await loadCollection('measures');
    await saveRecordEdit({ entity: 'measure', id: MEASURE_ID, changes: { progress: 'late', description: 'Oma kuvaus.' }, ...ADMIN });
    await colleagueChangesMeasure({ progress: 'completed', metrics: ['Kollegan mittari'] });

    await syncOnce();

    const [conflict] = (await readAllEdits()) as RecordOutboxEntry<'measure'>[];
    expect(conflict).toMatchObject({ state: 'conflict', attempts: 1, theirs: { version: 2, progress: 'completed', updatedBy: 'Kollega Kolmonen' } });
    // The colleague's other change shows at once, with my edit still on top until I choose.
    expect(await shownMeasure()).toMatchObject({ version: 2, progress: 'late', description: 'Oma kuvaus.', metrics: ['Kollegan mittari'] });
    expect(await onServer<Measure>('measures', MEASURE_ID)).toMatchObject({ version: 2, progress: 'completed' });

    await resolveRecordConflict(conflict!.id, { progress: 'theirs', description: 'mine' });
    expect(await readAllEdits()).toMatchObject([{ state: 'pending', baseVersion: 2, changes: { description: 'Oma kuvaus.' } }]);
    expect(await shownMeasure()).toMatchObject({ progress: 'completed', description: 'Oma kuvaus.' });

    await syncOnce();
    expect(await readAllEdits()).toEqual([]);
    expect(await onServer<Measure>('measures', MEASURE_ID)).toMatchObject({
      version: 3,
      progress: 'completed',
      description: 'Oma kuvaus.',
      metrics: ['Kollegan mittari'],
    });
  });

  it('drops the edit when every field goes to the server’s version', async () => {
    await loadCollection('measures');
    await saveRecordEdit({ entity: 'measure', id: MEASURE_ID, changes: { progress: 'late' }, ...ADMIN });
    await colleagueChangesMeasure({ progress: 'completed' });
    await syncOnce();
    const [conflict] = await readAllEdits();

    await resolveRecordConflict(conflict!.id, { progress: 'theirs' });

    expect(await readAllEdits()).toEqual([]);
    expect((await shownMeasure()).progress).toBe('completed');
  });

  it('keeps an edit the server refuses (403) as failed, with the reason, and sends nothing after it', async () => {
    await signInForTest('lauri-lautakunta');
    await loadCollection('measures');
    const viewer = { author: 'Lauri Lautakunta', authorId: 'lauri-lautakunta' };
    const refused = await saveRecordEdit({ entity: 'measure', id: MEASURE_ID, changes: { progress: 'late' }, ...viewer });
    await saveRecordEdit({ entity: 'measure', id: MEASURE_ID, changes: { impact: 'large' }, ...viewer });

    const patches = countRecordPatches();
    await syncOnce();

    expect(patches).toHaveLength(1);
    const [failed, waiting] = await readAllEdits();
    expect(failed).toMatchObject({ id: refused.id, state: 'failed', attempts: 1, lastError: expect.stringMatching(/^Sinulla ei ole oikeutta: toimenpiteen 91/) });
    expect(waiting).toMatchObject({ state: 'pending', attempts: 0 });
    expect(await shownMeasure()).toMatchObject({ progress: 'late', impact: 'large' });
  });

  it('keeps an edit the server finds invalid (422) as failed, naming the field', async () => {
    await loadCollection('measures');
    const linkedTargets = [{ planId: 'vantaa-kasvatus-2021', targetId: 'ei-ole', howItAffects: 'Ei kohdetta.' }];
    await saveRecordEdit({ entity: 'measure', id: MEASURE_ID, changes: { linkedTargets }, ...ADMIN });

    await syncOnce();

    expect(await readAllEdits()).toMatchObject([{ state: 'failed', lastError: expect.stringContaining('linkedTargets.0.targetId: invalidValue') }]);
    expect((await onServer<Measure>('measures', MEASURE_ID)).version).toBe(1);
  });

  it('waits for sign-in when the server no longer accepts the session (401), keeping the edit pending', async () => {
    await loadCollection('projects');
    await saveRecordEdit({ entity: 'project', id: PROJECT_ID, changes: { goals: 'Odottaa kirjautumista.' }, ...ADMIN });
    await testStorage.deleteSession(useSessionStore.getState().token!);

    await syncOnce();

    expect(useSyncStatusStore.getState().lastError).toBe('signInNeeded');
    expect(await readAllEdits()).toMatchObject([{ state: 'pending', attempts: 0 }]);
    expect((await onServer<Project>('projects', PROJECT_ID)).version).toBe(1);
  });

  it('keeps showing an unsynced edit when the server’s list is pulled again', async () => {
    await loadCollection('measures');
    await saveRecordEdit({ entity: 'measure', id: MEASURE_ID, changes: { description: 'Paikallinen.' }, ...ADMIN });
    await colleagueChangesMeasure({ timeSpan: '2019–2025' });

    // Someone else is signed in on this device: the edit waits for its author, but the pull goes on.
    await createSyncEngine({ random: half, signedInUserId: () => 'maija-manageri' }).syncNow({ force: true });

    expect(await readAllEdits()).toMatchObject([{ state: 'pending', attempts: 0 }]);
    expect(await shownMeasure()).toMatchObject({ version: 2, timeSpan: '2019–2025', description: 'Paikallinen.' });
    expect((await localDb.serverRecords.get(['measures', MEASURE_ID]))?.data).toMatchObject({ version: 2, description: measure91.description });
  });
});
