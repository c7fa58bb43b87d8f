import { useCallback, useMemo, useState } from 'react';
import { groupTargetsByThemeAndGoal, type ThemeGroup } from '../../domain/grouping';
import type { PlanData } from '../../domain/plan-data';
import { stalenessOf } from '../../domain/staleness';
import { countByStatus } from '../../domain/status';
import type { Target } from '../../domain/target';
import { createCachedTargetFilter, responsiblePersonsOf, type TargetFilters } from '../../domain/target-filters';
import { searchTextOf } from './search-text';

const NO_GROUPS: ThemeGroup[] = [];
const NO_TARGETS: readonly Target[] = [];

/**
 * What the target list shows of a plan under the given filters: the matching targets in their groups,
 * plus the plan-wide counts and choices. Everything that depends on the plan alone is worked out once
 * per version of it, so a key press pays only for the filtering.
 */
export function useTargetListModel(data: PlanData | undefined, filters: TargetFilters, now: Date) {
  // In the order the list shows them: filtering keeps the order, so grouping what is left need not sort
  // thousands of targets again, and a filter that leaves out nothing gives back these very groups.
  const allGroups = useMemo(() => (data ? groupTargetsByThemeAndGoal(data.themes, data.goals, data.targets) : NO_GROUPS), [data]);
  const orderedTargets = useMemo(() => allGroups.flatMap((theme) => theme.goals.flatMap((goal) => goal.targets)), [allGroups]);
  const plan = data?.plan;
  const isOverdue = useCallback((target: Target) => plan !== undefined && stalenessOf(target, plan, now) !== 'fresh', [plan, now]);
  // Kept outside the render's own memo: a render React throws away (typing on) must not cost a second filtering.
  const [filterVisible] = useState(createCachedTargetFilter);
  const visibleTargets = useMemo(
    () => (data ? filterVisible(orderedTargets, data.goals, filters, searchTextOf, isOverdue) : NO_TARGETS),
    [data, orderedTargets, filters, filterVisible, isOverdue],
  );
  const groups = useMemo(
    () => (!data ? NO_GROUPS : visibleTargets === orderedTargets ? allGroups : groupTargetsByThemeAndGoal(data.themes, data.goals, visibleTargets)),
    [data, visibleTargets, orderedTargets, allGroups],
  );
  const counts = useMemo(() => countByStatus(data?.targets ?? NO_TARGETS), [data]);
  const persons = useMemo(() => responsiblePersonsOf(data?.targets ?? NO_TARGETS), [data]);
  const themesInOrder = useMemo(() => [...(data?.themes ?? [])].sort((a, b) => a.order - b.order), [data]);
  const goalsInOrder = useMemo(() => [...(data?.goals ?? [])].sort((a, b) => a.order - b.order), [data]);
  return { visibleTargets, groups, counts, persons, themesInOrder, goalsInOrder };
}
