import type { PlanData } from '../../src/domain/plan-data';
import type { AppliedEdit, RecordKind, SeedRecords, ServiceStorage, StoredRecord } from '../service/storage';

/** A store that lives in memory: for tests, reset per test. Returns copies so callers cannot mutate it. */
export function createMemoryStorage(plans: readonly PlanData[] = [], seedRecords: SeedRecords = {}): ServiceStorage {
  let data: PlanData[] = structuredClone([...plans]);
  const recordsFrom = (seed: SeedRecords) =>
    new Map<RecordKind, Map<string, StoredRecord>>(
      (['measures', 'projects'] as const).map((kind) => [kind, new Map((seed[kind] ?? []).map((record) => [record.id, structuredClone(record)]))]),
    );
  let records = recordsFrom(seedRecords);
  let appliedEdits = new Map<string, AppliedEdit>();
  let queue: Promise<unknown> = Promise.resolve();
  const copy = <T>(value: T): T => structuredClone(value);
  const allOf = <K extends 'themes' | 'goals' | 'targets'>(key: K): PlanData[K] => data.flatMap((plan) => plan[key]) as PlanData[K];

  return {
    listPlans: async () => copy(data.map((plan) => plan.plan)),
    getPlan: async (planId) => copy(data.find((plan) => plan.plan.id === planId)?.plan),
    listThemes: async (planId) => copy(allOf('themes').filter((theme) => theme.planId === planId)),
    listGoals: async (planId) => copy(allOf('goals').filter((goal) => goal.planId === planId)),
    listTargets: async (planId) => copy(allOf('targets').filter((target) => target.planId === planId)),
    getTheme: async (themeId) => copy(allOf('themes').find((theme) => theme.id === themeId)),
    getGoal: async (goalId) => copy(allOf('goals').find((goal) => goal.id === goalId)),
    getTarget: async (targetId) => copy(allOf('targets').find((target) => target.id === targetId)),
    putTarget: async (target) => {
      const plan = data.find((candidate) => candidate.plan.id === target.planId);
      if (!plan) throw new Error(`No plan ${target.planId} for target ${target.id}`);
      const index = plan.targets.findIndex((candidate) => candidate.id === target.id);
      if (index >= 0) plan.targets[index] = copy(target);
      else plan.targets.push(copy(target));
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
    reset: async (plans, seed = {}) => {
      data = structuredClone([...plans]);
      records = recordsFrom(seed);
      appliedEdits = new Map();
    },
  };
}
