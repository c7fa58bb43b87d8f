import type { Goal, Plan, Theme } from '../../src/domain/plan';
import type { PlanData } from '../../src/domain/plan-data';
import type { Target } from '../../src/domain/target';

/** An edit the server has applied, remembered so that a resent edit is not applied twice. */
export interface AppliedEdit {
  editId: string;
  targetId: string;
  resultVersion: number;
  appliedAt: string;
}

/** Resources kept as whole documents (validated by the services), apart from plans and targets. */
export type RecordKind = 'measures' | 'projects';
export interface StoredRecord {
  id: string;
}
export type SeedRecords = Partial<Record<RecordKind, readonly StoredRecord[]>>;

/**
 * What the API service needs from a store. The in-memory store serves tests, IndexedDB the demo in
 * the browser, and a database the real server; the rules live in the service, never here.
 */
export interface ServiceStorage {
  listPlans(): Promise<Plan[]>;
  getPlan(planId: string): Promise<Plan | undefined>;
  listThemes(planId: string): Promise<Theme[]>;
  listGoals(planId: string): Promise<Goal[]>;
  listTargets(planId: string): Promise<Target[]>;
  getTheme(themeId: string): Promise<Theme | undefined>;
  getGoal(goalId: string): Promise<Goal | undefined>;
  getTarget(targetId: string): Promise<Target | undefined>;
  putTarget(target: Target): Promise<void>;
  /** Adds a whole new plan with its themes, goals and targets. */
  addPlan(data: PlanData): Promise<void>;
  getAppliedEdit(editId: string): Promise<AppliedEdit | undefined>;
  putAppliedEdit(edit: AppliedEdit): Promise<void>;
  /** Runs `work` so that no other write interleaves with it (read-check-write). */
  atomically<T>(work: () => Promise<T>): Promise<T>;
  listRecords(kind: RecordKind): Promise<StoredRecord[]>;
  getRecord(kind: RecordKind, id: string): Promise<StoredRecord | undefined>;
  putRecord(kind: RecordKind, record: StoredRecord): Promise<void>;
  /** Replaces everything with the given plans and records. */
  reset(plans: readonly PlanData[], records?: SeedRecords): Promise<void>;
}
