import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { stalenessOf, stalenessRules } from '../../../domain/staleness';
import { countByStatus } from '../../../domain/status';
import { groupTargetsByThemeAndGoal } from '../../../domain/grouping';
import type { Target } from '../../../domain/target';
import { createCachedTargetFilter, filtersToSearchParams, responsiblePersonsOf } from '../../../domain/target-filters';
import { EmptyState, ErrorState, LoadingState } from '../../../components/ui/query-states';
import { useDocumentTitle } from '../../../components/ui/use-document-title';
import { useI18n } from '../../../i18n/i18n';
import { syncStateByTarget } from '../../../offline/pending';
import { useListReadyMark } from '../list-ready-mark';
import { useOutbox, usePlanTargets } from '../queries';
import { searchTextOf, usePrefoldedSearchText } from '../search-text';
import { useTargetFilters } from '../use-target-filters';
import { PlanHeading } from './plan-heading';
import { StatusSummary } from './status-summary';
import { TargetFiltersBar } from './target-filters-bar';
import { TargetList } from './target-list';

export function TargetListPage() {
  const { planId = '' } = useParams();
  const { t } = useI18n();
  const planTargets = usePlanTargets(planId);
  const outbox = useOutbox();
  const syncStates = useMemo(() => syncStateByTarget(outbox.data ?? []), [outbox.data]);
  const { filters, setFilters, clearFilters } = useTargetFilters();
  // The search box and checkboxes answer at once; the list follows as soon as React has time for it.
  const deferredFilters = useDeferredValue(filters);
  const listSearch = useMemo(() => filtersToSearchParams(deferredFilters).toString(), [deferredFilters]);
  // One clock reading per visit to the page, so the flags do not change while the reader filters.
  const [now] = useState(() => new Date());
  useDocumentTitle(t('list.title'));

  const data = planTargets.data;
  useListReadyMark(data !== undefined);
  usePrefoldedSearchText(data?.targets);
  const loadedPlan = data?.plan;
  const isOverdue = useCallback(
    (target: Target) => loadedPlan !== undefined && stalenessOf(target, loadedPlan, now) !== 'fresh',
    [loadedPlan, now],
  );
  // Kept outside the render's own memo: a render React throws away (typing on) must not cost a second filtering.
  const [filterVisible] = useState(createCachedTargetFilter);
  const visibleTargets = useMemo(
    () => (data ? filterVisible(data.targets, data.goals, deferredFilters, searchTextOf, isOverdue) : []),
    [data, deferredFilters, filterVisible, isOverdue],
  );
  const groups = useMemo(
    () => (data ? groupTargetsByThemeAndGoal(data.themes, data.goals, visibleTargets) : []),
    [data, visibleTargets],
  );
  const counts = useMemo(() => countByStatus(data?.targets ?? []), [data]);
  const persons = useMemo(() => responsiblePersonsOf(data?.targets ?? []), [data]);
  const themesInOrder = useMemo(() => [...(data?.themes ?? [])].sort((a, b) => a.order - b.order), [data]);
  const goalsInOrder = useMemo(() => [...(data?.goals ?? [])].sort((a, b) => a.order - b.order), [data]);

  if (planTargets.isPending) return <LoadingState />;
  if (planTargets.isError) return <ErrorState error={planTargets.error} onRetry={() => void planTargets.refetch()} />;
  const { plan, targets } = planTargets.data;

  return (
    <>
      <PlanHeading plan={plan} title={t('list.title')} />
      <StatusSummary counts={counts} total={targets.length} />
      <TargetFiltersBar
        filters={filters}
        themes={themesInOrder}
        goals={goalsInOrder}
        persons={persons}
        rules={stalenessRules(plan)}
        onChange={setFilters}
        onClear={clearFilters}
      />
      <p className="result-count" role="status" aria-live="polite">
        {t('list.showing', { shown: visibleTargets.length, total: targets.length })}
      </p>
      {targets.length === 0 ? (
        <EmptyState>{t('list.noTargets')}</EmptyState>
      ) : groups.length === 0 ? (
        <EmptyState
          action={
            <button type="button" className="button" onClick={clearFilters}>
              {t('list.clearFilters')}
            </button>
          }
        >
          {t('list.noResults')}
        </EmptyState>
      ) : (
        <TargetList
          groups={groups}
          shownCount={visibleTargets.length}
          plan={plan}
          listSearch={listSearch}
          syncStates={syncStates}
          now={now}
        />
      )}
    </>
  );
}
