import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { stalenessRules } from '../../../domain/staleness';
import { filtersToSearchParams } from '../../../domain/target-filters';
import { EmptyState, ErrorState, LoadingState } from '../../../components/ui/query-states';
import { useDocumentTitle } from '../../../components/ui/use-document-title';
import { useI18n } from '../../../i18n/i18n';
import { syncStateByTarget } from '../../../offline/pending';
import { useListReadyMark } from '../list-ready-mark';
import { useLocalTargetCount, useOutbox, usePlanTargets } from '../queries';
import { usePrefoldedSearchText } from '../search-text';
import { useTargetFilters } from '../use-target-filters';
import { useTargetListModel } from '../use-target-list-model';
import { PlanHeading } from './plan-heading';
import { StatusSummary } from './status-summary';
import { TargetFiltersBar } from './target-filters-bar';
import { FULL_LIST_LIMIT, preloadVirtualTable, TargetList } from './target-list';

export function TargetListPage() {
  const { planId = '' } = useParams();
  const { t } = useI18n();
  const planTargets = usePlanTargets(planId);
  const outbox = useOutbox();
  const syncStates = useMemo(() => syncStateByTarget(outbox.data ?? []), [outbox.data]);
  const { filters, setFilters, clearFilters } = useTargetFilters();
  const deferredFilters = useDeferredValue(filters);
  const data = planTargets.data;
  const virtualise = (data?.targets.length ?? 0) > FULL_LIST_LIMIT;
  // A list rendering every row lets the search box answer first and follows when React has time. A long
  // plan's list renders only the rows in view, so it is cheaper to update with the key press than after it.
  const listFilters = virtualise ? filters : deferredFilters;
  const listSearch = useMemo(() => filtersToSearchParams(listFilters).toString(), [listFilters]);
  // One clock reading per visit to the page, so the flags do not change while the reader filters.
  const [now] = useState(() => new Date());
  useDocumentTitle(t('list.title'));

  const markListReady = useListReadyMark();
  const localTargetCount = useLocalTargetCount(planId).data ?? 0;
  useEffect(() => {
    if (localTargetCount > FULL_LIST_LIMIT) void preloadVirtualTable();
  }, [localTargetCount]);
  usePrefoldedSearchText(data?.targets);
  const { visibleTargets, groups, counts, persons, themesInOrder, goalsInOrder } = useTargetListModel(data, listFilters, now);
  // With rows to show, the list itself says when they are in the page.
  const nothingToShow = data !== undefined && groups.length === 0;
  useEffect(() => {
    if (nothingToShow) markListReady();
  }, [nothingToShow, markListReady]);

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
          virtualise={virtualise}
          plan={plan}
          listSearch={listSearch}
          syncStates={syncStates}
          now={now}
          onRendered={markListReady}
        />
      )}
    </>
  );
}
