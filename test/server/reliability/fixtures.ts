// What the reliability tests share: the seeded plan, the people, and the shapes of the answers they read.
import { seedRecordsFor } from '../../../mocks/seed/datasets';
import { generateLargePlan } from '../../../mocks/seed/large-plan';
import { demoUsers, DEMO_MANAGER_ID } from '../../../mocks/seed/users';
import type { AuditEntry } from '../../../src/domain/audit';
import type { PlanData } from '../../../src/domain/plan-data';
import { STATUSES as ALL_STATUSES } from '../../../src/domain/status';
import type { Target } from '../../../src/domain/target';
import { seedDatabase, spawnServer, type SpawnedServer } from '../spawn-server';
import type { BackendDatabase } from './backends';

/** A test-only password for throwaway databases. */
export const PASSWORD = 'reliability-test-password';
/** The manager may edit every target, so every refusal in these tests is about versions, not roles. */
export const EDITOR = DEMO_MANAGER_ID;
export const STATUSES = ALL_STATUSES;

/** A generated plan of `n` targets (ids `large-<n>-t-1` …), every target at version 1. */
export const planOf = (n: number): PlanData => generateLargePlan({ n });

/** Seeds `database` with `plan`, the demo people (and the demo measures and projects), and starts a server process on it. */
export async function seededServer(database: BackendDatabase, plan: PlanData): Promise<SpawnedServer> {
  await seedDatabase({ ...database, plans: [plan], records: seedRecordsFor(), users: demoUsers, password: PASSWORD });
  return spawnServer(database);
}

export interface UpdateAnswer {
  target?: Target;
  appliedVersion?: number;
  current?: Target;
  error?: string;
}

export interface HistoryAnswer {
  entries: AuditEntry[];
}

/** The value a change set `field` to, per the audit entry. */
export const changedValue = (entry: AuditEntry, field: string): unknown => entry.changes.find((change) => change.field === field)?.after;

export const targetPath = (targetId: string) => `/api/targets/${encodeURIComponent(targetId)}`;
export const historyPath = (targetId: string) => `${targetPath(targetId)}/history`;

/** Whole numbers in [min, max] from Math.random: the tests' own choices need not be reproducible, their checks are exact. */
export const randomInt = (min: number, max: number) => min + Math.floor(Math.random() * (max - min + 1));
export const pickOne = <T>(items: readonly T[]): T => items[randomInt(0, items.length - 1)] as T;
