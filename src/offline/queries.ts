import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { PlanData } from '../domain/plan-data';
import { withoutArchived } from '../domain/archived';
import { planKeys, syncKeys, targetKeys } from '../api/query-keys';
import { readOutbox } from './outbox-read';
import { loadPlanData, loadPlans, loadTargetDetail } from './read-through';

// The one read path: every feature asks for local data through these, so they share cache entries.

/** The plans known here, newest first. */
export const plansQuery = () => queryOptions({ queryKey: planKeys.list(), queryFn: () => loadPlans() });

/** A plan with its themes, goals and targets, read from the local copy. */
export const planTargetsQuery = (planId: string) =>
  queryOptions({
    queryKey: targetKeys.list(planId),
    queryFn: () => loadPlanData(planId),
    placeholderData: keepPreviousData,
  });

// One function for every query, so TanStack Query can keep the selected result between renders.
const activePartOfPlan = (data: PlanData): PlanData => withoutArchived(data);

/** The same plan without archived themes, goals and targets: what the list, summary, report and export show. */
export const activePlanTargetsQuery = (planId: string) => ({ ...planTargetsQuery(planId), select: activePartOfPlan });

/** One target with its goal, theme and plan, read from the local copy. */
export const targetDetailQuery = (targetId: string) =>
  queryOptions({ queryKey: targetKeys.detail(targetId), queryFn: () => loadTargetDetail(targetId) });

/** Every edit not yet accepted by the server, oldest first. */
export const outboxQuery = () => queryOptions({ queryKey: syncKeys.outbox(), queryFn: () => readOutbox() });
