import { loadApiClient, type ApiClient } from '../api/lazy-client';
import type { Measure } from '../domain/measure';
import type { Project } from '../domain/project';
import { announceChange } from './change-feed';
import { localDb, type CollectionKind, type LocalDatabase } from './db';
import { storeServerRecords } from './record-store';

type CollectionApi = Pick<ApiClient, 'listMeasures' | 'listProjects'>;

interface CollectionTypes {
  measures: Measure;
  projects: Project;
}

const loadedKey = (kind: CollectionKind) => `loadedCollection:${kind}`;
const KINDS: CollectionKind[] = ['measures', 'projects'];

function fetchCollection(kind: CollectionKind, api: CollectionApi): Promise<{ items: { id: string }[] }> {
  return kind === 'measures' ? api.listMeasures() : api.listProjects();
}

/** Replaces the local copy of a collection with the server's list; unsynced edits stay shown on top of it. */
export async function storeCollection(kind: CollectionKind, items: readonly { id: string }[], db: LocalDatabase = localDb) {
  await db.transaction('rw', [db.records, db.serverRecords, db.outbox, db.meta], async () => {
    await storeServerRecords(db, kind, items);
    await db.meta.put({ key: loadedKey(kind), value: new Date().toISOString() });
  });
  announceChange('data');
}

/**
 * All measures or projects from the local copy, so they show offline; fetched from the server the
 * first time. Later changes arrive through the sync engine's pull.
 */
export async function loadCollection<K extends CollectionKind>(
  kind: K,
  api?: CollectionApi,
  db: LocalDatabase = localDb,
): Promise<CollectionTypes[K][]> {
  if (!(await db.meta.get(loadedKey(kind)))) {
    await storeCollection(kind, (await fetchCollection(kind, api ?? (await loadApiClient()))).items, db);
  }
  const rows = await db.records.where('kind').equals(kind).toArray();
  return rows.map((row) => row.data as CollectionTypes[K]);
}

/** Refreshes every collection the user has opened here. */
export async function pullCollections(api: CollectionApi, db: LocalDatabase = localDb): Promise<void> {
  for (const kind of KINDS) {
    if (await db.meta.get(loadedKey(kind))) await storeCollection(kind, (await fetchCollection(kind, api)).items, db);
  }
}
