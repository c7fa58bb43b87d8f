import Dexie, { type EntityTable } from 'dexie';
import type { Target } from '../domain/target';
import { localDb, type LocalDatabase } from './db';
import { saveTargetEdit } from './save-target-edit';

/** What `npm run bench` (test/bench/offline.mjs) calls in the demo build; never loaded in a remote build. */
export interface BenchProbe {
  /** Times `n` awaited single puts of the target's stored row into a separate, bare Dexie database. */
  barePutMs: (n: number, targetId: string) => Promise<number[]>;
  /** Stores `n` edits of the plan's targets (round robin) through the outbox without syncing them here. */
  queueEdits: (n: number, planId: string) => Promise<number>;
  /** How many edits the outbox still holds, in any state. */
  outboxCount: () => Promise<number>;
}

declare global {
  interface Window {
    __tavoitevahtiBench?: BenchProbe;
  }
}

const BENCH_AUTHOR = 'Suorituskykytesti';

class BareDatabase extends Dexie {
  rows!: EntityTable<Target, 'id'>;

  constructor() {
    super('tavoitevahti-bench');
    this.version(1).stores({ rows: 'id' });
  }
}

/** The bench hook over the app's local database; edits go through the same saveTargetEdit as the form. */
export function createBenchProbe(db: LocalDatabase = localDb): BenchProbe {
  return {
    async barePutMs(n, targetId) {
      const row = await db.targets.get(targetId);
      if (!row) throw new Error(`Target ${targetId} is not stored locally`);
      const bare = new BareDatabase();
      try {
        // Opening the database is not part of a put.
        await bare.open();
        const durations: number[] = [];
        for (let index = 0; index < n; index += 1) {
          const startedAt = performance.now();
          await bare.rows.put(row);
          durations.push(performance.now() - startedAt);
        }
        return durations;
      } finally {
        bare.close();
      }
    },
    async queueEdits(n, planId) {
      const targets = await db.targets.where('planId').equals(planId).sortBy('id');
      if (targets.length === 0) throw new Error(`Plan ${planId} is not stored locally`);
      for (let index = 0; index < n; index += 1) {
        const target = targets[index % targets.length] as Target;
        const changes = { metricStatus: `${target.metricStatus}\n[bench ${index + 1}]` };
        await saveTargetEdit({ targetId: target.id, changes, author: BENCH_AUTHOR }, db);
      }
      return n;
    },
    outboxCount: () => db.outbox.count(),
  };
}
