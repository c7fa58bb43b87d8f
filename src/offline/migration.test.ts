import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { testStorage } from '../../mocks/node';
import type { Target } from '../domain/target';
import { measure91 } from '../../mocks/seed/measures';
import { LocalDatabase } from './db';
import { discardEdit, readAllEdits, readOutbox } from './outbox';
import { saveRecordEdit } from './record-edits';
import { createSyncEngine } from './sync-engine';

/** The stores of LocalDatabase version 1, as the first release declared them. */
const VERSION_1_STORES = {
  plans: 'id',
  themes: 'id, planId',
  goals: 'id, planId',
  targets: 'id, planId',
  serverTargets: 'id, planId',
  outbox: '++seq, &id, entityId',
  meta: 'key',
};

/** An outbox row as version 1 wrote it: no author, no backoff time, no conflict copy. */
interface Version1Entry {
  id: string;
  entity: 'target';
  entityId: string;
  planId: string;
  baseVersion: number;
  changes: Record<string, unknown>;
  createdAt: string;
  attempts: number;
  lastError: string | null;
  state: 'pending' | 'failed';
}

const databaseNames: string[] = [];
afterEach(async () => {
  for (const name of databaseNames.splice(0)) await Dexie.delete(name);
});

function uniqueName() {
  const name = `tavoitevahti-migration-${crypto.randomUUID()}`;
  databaseNames.push(name);
  return name;
}

const version1Entries: Version1Entry[] = [
  {
    id: 'edit-a',
    entity: 'target',
    entityId: 'vantaa-2021-12-12',
    planId: 'vantaa-kasvatus-2021',
    baseVersion: 1,
    changes: { metricStatus: 'Ensimmäinen offline-muutos.' },
    createdAt: '2025-03-01T08:00:00.000Z',
    attempts: 0,
    lastError: null,
    state: 'pending',
  },
  {
    id: 'edit-b',
    entity: 'target',
    entityId: 'vantaa-2021-13-1',
    planId: 'vantaa-kasvatus-2021',
    baseVersion: 1,
    changes: { status: 'partially', keyActions: 'Toimenpiteet jatkuvat.' },
    createdAt: '2025-03-01T08:05:00.000Z',
    attempts: 2,
    lastError: 'Failed to fetch',
    state: 'pending',
  },
  {
    id: 'edit-c',
    entity: 'target',
    entityId: 'vantaa-2021-12-12',
    planId: 'vantaa-kasvatus-2021',
    baseVersion: 1,
    changes: { status: 'fully' },
    createdAt: '2025-03-01T08:10:00.000Z',
    attempts: 1,
    lastError: 'Ei oikeutta',
    state: 'failed',
  },
];

/** Writes a database as the first release left it, and closes it. */
async function createVersion1Database(name: string, targets: Target[] = []) {
  const old = new Dexie(name);
  old.version(1).stores(VERSION_1_STORES);
  await old.open();
  await old.table('targets').bulkPut(targets);
  await old.table('serverTargets').bulkPut(targets);
  for (const entry of version1Entries) await old.table('outbox').add(entry);
  const seqs = (await old.table('outbox').orderBy('seq').toArray()).map((row: { seq: number }) => row.seq);
  old.close();
  return seqs;
}

describe('upgrading the local database from version 1', () => {
  it('keeps every waiting edit, in order, and fills in the fields version 2 added (upgrading to the newest version)', async () => {
    const name = uniqueName();
    const seqs = await createVersion1Database(name);

    const db = new LocalDatabase(name);
    try {
      const outbox = await readOutbox(db);

      expect(db.verno).toBe(4);
      expect(outbox).toEqual(
        version1Entries.map((entry, index) => ({
          ...entry,
          seq: seqs[index],
          author: 'Tuntematon',
          nextAttemptAt: 0,
          theirs: null,
        })),
      );
    } finally {
      db.close();
    }
  });

  it('can find the upgraded edits by their state', async () => {
    const name = uniqueName();
    await createVersion1Database(name);

    const db = new LocalDatabase(name);
    try {
      const pending = await db.outbox.where('state').equals('pending').toArray();
      const failed = await db.outbox.where('state').equals('failed').toArray();

      expect(pending.map((entry) => entry.id)).toEqual(['edit-a', 'edit-b']);
      expect(failed.map((entry) => entry.id)).toEqual(['edit-c']);
    } finally {
      db.close();
    }
  });

  it('treats a version 1 edit without a state as pending', async () => {
    const name = uniqueName();
    const old = new Dexie(name);
    old.version(1).stores(VERSION_1_STORES);
    const withoutState: Partial<Version1Entry> = { ...version1Entries[0] };
    delete withoutState.state;
    await old.table('outbox').add(withoutState);
    old.close();

    const db = new LocalDatabase(name);
    try {
      expect(await readOutbox(db)).toMatchObject([{ id: 'edit-a', state: 'pending', author: 'Tuntematon' }]);
    } finally {
      db.close();
    }
  });

  it('sends the upgraded pending edits to the server', async () => {
    const name = uniqueName();
    const targets = await Promise.all(
      ['vantaa-2021-12-12', 'vantaa-2021-13-1'].map(async (id) => {
        const target = await testStorage.getTarget(id);
        if (!target) throw new Error(`No ${id} on the test server`);
        return target;
      }),
    );
    await createVersion1Database(name, targets);

    const db = new LocalDatabase(name);
    try {
      await createSyncEngine({ db, random: () => 0.5 }).syncNow();

      expect(await testStorage.getTarget('vantaa-2021-12-12')).toMatchObject({
        version: 2,
        metricStatus: 'Ensimmäinen offline-muutos.',
      });
      expect(await testStorage.getTarget('vantaa-2021-13-1')).toMatchObject({
        version: 2,
        status: 'partially',
        keyActions: 'Toimenpiteet jatkuvat.',
      });
      // The failed edit stays for the person to fix or discard.
      expect((await readOutbox(db)).map((entry) => [entry.id, entry.state])).toEqual([['edit-c', 'failed']]);
    } finally {
      db.close();
    }
  });
});

/** The stores of version 3, the last before measure and project edits. */
const VERSION_3_STORES = { ...VERSION_1_STORES, outbox: '++seq, &id, entityId, state', records: '[kind+id], kind' };

describe('upgrading the local database from version 3', () => {
  async function createVersion3Database(name: string) {
    const old = new Dexie(name);
    old.version(3).stores(VERSION_3_STORES);
    await old.open();
    await old.table('records').put({ kind: 'measures', id: measure91.id, data: measure91 });
    await old.table('outbox').add({
      ...version1Entries[0],
      author: 'Katri Kalske',
      nextAttemptAt: 0,
      theirs: null,
    });
    old.close();
  }

  it('keeps the measures and the waiting target edit, and adds an empty store of server copies', async () => {
    const name = uniqueName();
    await createVersion3Database(name);

    const db = new LocalDatabase(name);
    try {
      expect(db.verno).toBe(4);
      expect(await db.records.get(['measures', measure91.id])).toEqual({ kind: 'measures', id: measure91.id, data: measure91 });
      expect(await db.serverRecords.count()).toBe(0);
      expect(await readAllEdits(db)).toMatchObject([{ id: 'edit-a', entity: 'target', author: 'Katri Kalske' }]);
      // The new index finds an entity's edits apart from any other entity with the same id.
      expect(await db.outbox.where('[entity+entityId]').equals(['target', 'vantaa-2021-12-12']).count()).toBe(1);
    } finally {
      db.close();
    }
  });

  it('edits a measure stored before the upgrade, and discarding the edit brings the stored copy back', async () => {
    const name = uniqueName();
    await createVersion3Database(name);

    const db = new LocalDatabase(name);
    try {
      const entry = await saveRecordEdit({ entity: 'measure', id: measure91.id, changes: { progress: 'late' }, author: 'Maija Manageri' }, db);
      expect(entry).toMatchObject({ entity: 'measure', entityId: measure91.id, baseVersion: 1, planId: null });
      expect((await db.records.get(['measures', measure91.id]))?.data).toMatchObject({ progress: 'late' });
      expect((await db.serverRecords.get(['measures', measure91.id]))?.data).toEqual(measure91);

      await discardEdit(entry.id, db);
      expect((await db.records.get(['measures', measure91.id]))?.data).toEqual(measure91);
      expect(await readAllEdits(db)).toHaveLength(1);
    } finally {
      db.close();
    }
  });
});
