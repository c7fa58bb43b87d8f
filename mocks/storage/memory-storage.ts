import type { AuditEntry } from '../../src/domain/audit';
import type { Goal, Theme } from '../../src/domain/plan';
import type { PlanData } from '../../src/domain/plan-data';
import type { User } from '../../src/domain/user';
import type { AppliedEdit, RecordKind, SeedRecords, ServiceStorage, StoredRecord, StoredReview, StoredSession } from '../service/storage';

/** A store that lives in memory: for tests, reset per test. Returns copies so callers cannot mutate it. */
export function createMemoryStorage(
  plans: readonly PlanData[] = [],
  seedRecords: SeedRecords = {},
  seedUsers: readonly User[] = [],
): ServiceStorage {
  let data: PlanData[] = structuredClone([...plans]);
  const recordsFrom = (seed: SeedRecords) =>
    new Map<RecordKind, Map<string, StoredRecord>>(
      (['measures', 'projects'] as const).map((kind) => [kind, new Map((seed[kind] ?? []).map((record) => [record.id, structuredClone(record)]))]),
    );
  let records = recordsFrom(seedRecords);
  let users = new Map(seedUsers.map((user) => [user.id, structuredClone(user)]));
  let appliedEdits = new Map<string, AppliedEdit>();
  let sessions = new Map<string, StoredSession>();
  let audit: AuditEntry[] = [];
  let reviews: StoredReview[] = [];
  let queue: Promise<unknown> = Promise.resolve();
  const copy = <T>(value: T): T => structuredClone(value);
  const allOf = <K extends 'themes' | 'goals' | 'targets'>(key: K): PlanData[K] => data.flatMap((plan) => plan[key]) as PlanData[K];
  const planOf = (planId: string) => {
    const plan = data.find((candidate) => candidate.plan.id === planId);
    if (!plan) throw new Error(`No plan ${planId}`);
    return plan;
  };
  function upsert<T extends { id: string }>(list: T[], item: T) {
    const index = list.findIndex((candidate) => candidate.id === item.id);
    if (index >= 0) list[index] = copy(item);
    else list.push(copy(item));
  }

  return {
    listPlans: async () => copy(data.map((plan) => plan.plan)),
    getPlan: async (planId) => copy(data.find((plan) => plan.plan.id === planId)?.plan),
    listThemes: async (planId) => copy(allOf('themes').filter((theme) => theme.planId === planId)),
    listGoals: async (planId) => copy(allOf('goals').filter((goal) => goal.planId === planId)),
    listTargets: async (planId) => copy(allOf('targets').filter((target) => target.planId === planId)),
    getTheme: async (themeId) => copy(allOf('themes').find((theme) => theme.id === themeId)),
    getGoal: async (goalId) => copy(allOf('goals').find((goal) => goal.id === goalId)),
    getTarget: async (targetId) => copy(allOf('targets').find((target) => target.id === targetId)),
    putTarget: async (target) => upsert(planOf(target.planId).targets, target),
    putPlan: async (plan) => {
      planOf(plan.id).plan = copy(plan);
    },
    putTheme: async (theme: Theme) => upsert(planOf(theme.planId).themes, theme),
    putGoal: async (goal: Goal) => upsert(planOf(goal.planId).goals, goal),
    deleteGoal: async (goalId) => {
      for (const plan of data) plan.goals = plan.goals.filter((goal) => goal.id !== goalId);
    },
    addPlan: async (plan) => {
      data.push(copy(plan));
    },
    getAppliedEdit: async (editId) => copy(appliedEdits.get(editId)),
    putAppliedEdit: async (edit) => {
      appliedEdits.set(edit.editId, copy(edit));
    },
    atomically: (work) => {
      const result = queue.then(work, work);
      queue = result.catch(() => undefined);
      return result;
    },
    listRecords: async (kind) => copy([...(records.get(kind)?.values() ?? [])]),
    getRecord: async (kind, id) => copy(records.get(kind)?.get(id)),
    putRecord: async (kind, record) => {
      records.get(kind)?.set(record.id, copy(record));
    },
    listUsers: async () => copy([...users.values()]),
    getUser: async (userId) => copy(users.get(userId)),
    putUser: async (user) => {
      users.set(user.id, copy(user));
    },
    getSession: async (token) => copy(sessions.get(token)),
    putSession: async (session) => {
      sessions.set(session.token, copy(session));
    },
    deleteSession: async (token) => {
      sessions.delete(token);
    },
    addAudit: async (entry) => {
      audit.push(copy(entry));
    },
    listAudit: async (entity, entityId) => copy(audit.filter((entry) => entry.entity === entity && entry.entityId === entityId)),
    listPlanAudit: async (planId) => copy(audit.filter((entry) => entry.planId === planId)),
    addReview: async (review) => {
      reviews.push(copy(review));
    },
    listPlanReviews: async (planId) => copy(reviews.filter((review) => review.planId === planId)),
    reset: async (plans, seed = {}, seedUsersNow = []) => {
      data = structuredClone([...plans]);
      records = recordsFrom(seed);
      users = new Map(seedUsersNow.map((user) => [user.id, copy(user)]));
      appliedEdits = new Map();
      sessions = new Map();
      audit = [];
      reviews = [];
    },
  };
}
