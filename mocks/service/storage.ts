import type { Goal, Plan, Theme } from '../../src/domain/plan';
import type { PlanData } from '../../src/domain/plan-data';
import type { AuditEntry } from '../../src/domain/audit';
import type { Target } from '../../src/domain/target';
import type { User } from '../../src/domain/user';

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

/** A signed-in session: the bearer token the client sends, and whose it is. */
export interface StoredSession {
  token: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
}

/** A manager's decision on a target's update: reviewed, or returned to the responsible person with a comment. */
export interface StoredReview {
  id: string;
  planId: string;
  targetId: string;
  reviewerId: string;
  reviewerName: string;
  /** The target version the decision was made on. */
  version: number;
  decision: 'reviewed' | 'returned';
  comment: string;
  at: string;
}

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
  /** Adds or replaces a target. */
  putTarget(target: Target): Promise<void>;
  putPlan(plan: Plan): Promise<void>;
  /** Adds or replaces a theme / goal. */
  putTheme(theme: Theme): Promise<void>;
  putGoal(goal: Goal): Promise<void>;
  deleteGoal(goalId: string): Promise<void>;
  /** Adds a whole new plan with its themes, goals and targets. */
  addPlan(data: PlanData): Promise<void>;
  getAppliedEdit(editId: string): Promise<AppliedEdit | undefined>;
  putAppliedEdit(edit: AppliedEdit): Promise<void>;
  /**
   * Runs `work` so that no other write interleaves with it (read-check-write). With a `key` (e.g. `target:<id>`),
   * blocks on different keys may run side by side where the store can (PostgreSQL); a block without a key excludes
   * every other block. A block touching more than its key's entity (besides appending audit and applied edits) takes no key.
   */
  atomically<T>(work: () => Promise<T>, scope?: { key: string }): Promise<T>;
  listRecords(kind: RecordKind): Promise<StoredRecord[]>;
  getRecord(kind: RecordKind, id: string): Promise<StoredRecord | undefined>;
  putRecord(kind: RecordKind, record: StoredRecord): Promise<void>;
  listUsers(): Promise<User[]>;
  getUser(userId: string): Promise<User | undefined>;
  putUser(user: User): Promise<void>;
  getSession(token: string): Promise<StoredSession | undefined>;
  putSession(session: StoredSession): Promise<void>;
  deleteSession(token: string): Promise<void>;
  /** Appends to the audit trail; entries are never changed or removed through the API. */
  addAudit(entry: AuditEntry): Promise<void>;
  /** One entity's audit trail, oldest first. */
  listAudit(entity: AuditEntry['entity'], entityId: string): Promise<AuditEntry[]>;
  /** Every audit entry of a plan, oldest first. */
  listPlanAudit(planId: string): Promise<AuditEntry[]>;
  addReview(review: StoredReview): Promise<void>;
  /** Every review decision on a plan's targets, oldest first. */
  listPlanReviews(planId: string): Promise<StoredReview[]>;
  /** Replaces everything with the given plans, records and users (sessions, audit and reviews are emptied). */
  reset(plans: readonly PlanData[], records?: SeedRecords, users?: readonly User[]): Promise<void>;
}
