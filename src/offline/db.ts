import Dexie, { type EntityTable } from 'dexie';
import type { Goal, Plan, Theme } from '../domain/plan';
import type { PlanData } from '../domain/plan-data';
import type { RecordEntity, RecordTypes } from '../domain/record-changes';
import type { Target, TargetChanges } from '../domain/target';

export type OutboxState = 'pending' | 'failed' | 'conflict';

/** One local edit of a target (or a plan import) waiting to reach the server; it lives here until the server has accepted it. */
export interface OutboxEntry {
  /** Auto-incremented: the order edits were made in, and so the order they are sent in. */
  seq?: number;
  /** The edit id sent to the server, so a resent edit is applied once. */
  id: string;
  /** A change to one target, or a whole new plan imported from a spreadsheet. */
  entity: 'target' | 'planImport';
  /** The target's id, or for an import the new plan's id. */
  entityId: string;
  planId: string;
  /** The server version the edit was made on. */
  baseVersion: number;
  changes: TargetChanges;
  createdAt: string;
  /** The name of who made the edit, shown in the sync panel. */
  author: string;
  /** Their user id: the edit is sent only while they are signed in, so the server records the right author. */
  authorId?: string;
  attempts: number;
  lastError: string | null;
  state: OutboxState;
  /** Epoch milliseconds before which a retry is not due (backoff). */
  nextAttemptAt: number;
  /** The server's copy when it answered 409: "theirs" in the conflict view. */
  theirs: Target | null;
  /** For an import: the whole plan to create. */
  payload?: PlanData;
}

/** A local edit of a measure or a project: the same queue, order, author and states as a target edit. */
export type RecordOutboxEntry<E extends RecordEntity = RecordEntity> = Omit<OutboxEntry, 'entity' | 'planId' | 'changes' | 'theirs' | 'payload'> & {
  entity: E;
  /** Never set; declared so that the outbox table's insert type keeps it for imports. */
  payload?: undefined;
  /** Measures and projects belong to no plan. */
  planId: null;
  changes: RecordTypes[E]['changes'];
  /** The server's copy when it answered 409. */
  theirs: RecordTypes[E]['item'] | null;
};

/** Any row of the outbox: one queue for every kind of edit, sent in the order they were made. */
export type AnyOutboxEntry = OutboxEntry | RecordOutboxEntry;

export const isRecordEntry = (entry: AnyOutboxEntry): entry is RecordOutboxEntry => entry.entity === 'measure' || entry.entity === 'project';

/** Measures and projects, kept whole as the server sends them. */
export type CollectionKind = 'measures' | 'projects';
export interface CollectionRow {
  kind: CollectionKind;
  id: string;
  data: unknown;
}

interface MetaRow {
  key: string;
  value: string;
}

export const LOCAL_DATABASE_NAME = 'tavoitevahti';

/**
 * The app's own IndexedDB: the local copy of server data, the last known server copy of each
 * target, and the outbox. A version with an upgrader is never edited; a new version is added.
 */
export class LocalDatabase extends Dexie {
  plans!: EntityTable<Plan, 'id'>;
  themes!: EntityTable<Theme, 'id'>;
  goals!: EntityTable<Goal, 'id'>;
  /** What the user sees: the server copy with their unsynced edits applied. */
  targets!: EntityTable<Target, 'id'>;
  /** The last copy the server confirmed, so an edit can be discarded without the network. */
  serverTargets!: EntityTable<Target, 'id'>;
  outbox!: EntityTable<AnyOutboxEntry, 'seq'>;
  meta!: EntityTable<MetaRow, 'key'>;
  /** Measures and projects as the user sees them: the server copy with their unsynced edits applied. */
  records!: Dexie.Table<CollectionRow, [CollectionKind, string]>;
  /** The last copy of each measure and project the server confirmed. */
  serverRecords!: Dexie.Table<CollectionRow, [CollectionKind, string]>;

  constructor(name = LOCAL_DATABASE_NAME) {
    super(name);
    // Version 1 (first release): edits had no author, no backoff time and no conflict copy.
    this.version(1).stores({
      plans: 'id',
      themes: 'id, planId',
      goals: 'id, planId',
      targets: 'id, planId',
      serverTargets: 'id, planId',
      outbox: '++seq, &id, entityId',
      meta: 'key',
    });
    // Version 2: edits keep their author, backoff and the server copy of a conflict.
    this.version(2)
      .stores({ outbox: '++seq, &id, entityId, state' })
      .upgrade((transaction) =>
        transaction
          .table('outbox')
          .toCollection()
          .modify((entry: Partial<OutboxEntry>) => {
            entry.author ??= 'Tuntematon';
            entry.nextAttemptAt ??= 0;
            entry.theirs ??= null;
            entry.state ??= 'pending';
          }),
      );
    // Version 3: measures and projects.
    this.version(3).stores({ records: '[kind+id], kind' });
    // Version 4: edits of measures and projects. No upgrader: the server copies fill in on the next pull
    // (or at the first edit), and the new index only lets each entity's edits be found apart from others'.
    this.version(4).stores({ outbox: '++seq, &id, entityId, state, [entity+entityId]', serverRecords: '[kind+id], kind' });
  }
}

export const localDb = new LocalDatabase();

/** Empties every table: for tests, and for a user who wants a clean start. */
export async function clearLocalDatabase(db: LocalDatabase = localDb): Promise<void> {
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((table) => table.clear())));
}
