import { useDeferredValue, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { stalenessOf, stalenessRules } from '../../../domain/staleness';
import { countByStatus } from '../../../domain/status';
import { groupTargetsByThemeAndGoal } from '../../../domain/grouping';
import { createSearchTextLookup, filterTargets, responsiblePersonsOf } from '../../../domain/target-filters';
import { EmptyState, ErrorState, LoadingState } from '../../../components/ui/query-states';
import { useDocumentTitle } from '../../../components/ui/use-document-title';
import { useI18n } from '../../../i18n/i18n';
import { syncStateByTarget } from '../../../offline/pending';
import { useOutbox, usePlanTargets } from '../queries';
import { useTargetFilters } from '../use-target-filters';
import { PlanHeading } from './plan-heading';
import { StatusSummary } from './status-summary';
import { TargetFiltersBar } from './target-filters-bar';
import { TargetGroups } from './target-groups';

export function TargetListPage() {
  const { planId = '' } = useParams();
  const { t } = useI18n();
  const planTargets = usePlanTargets(planId);
  const outbox = useOutbox();
  const syncStates = useMemo(() => syncStateByTarget(outbox.data ?? []), [outbox.data]);
  const { filters, setFilters, clearFilters, search } = useTargetFilters();
  const deferredFilters = useDeferredValue(filters);
  const searchText = useMemo(() => createSearchTextLookup(), []);
  // One clock reading per visit to the page, so the flags do not change while the reader filters.
  const [now] = useState(() => new Date());
  useDocumentTitle(t('list.title'));

  const data = planTargets.data;
  const visibleTargets = useMemo(
    () =>
      data
        ? filterTargets(data.targets, data.goals, deferredFilters, searchText, (target) => stalenessOf(target, data.plan, now) !== 'fresh')
        : [],
    [data, deferredFilters, searchText, now],
  );
  const groups = useMemo(
    () => (data ? groupTargetsByThemeAndGoal(data.themes, data.goals, visibleTargets) : []),
    [data, visibleTargets],
  );
  const counts = useMemo(() => countByStatus(data?.targets ?? []), [data]);
  const persons = useMemo(() => responsiblePersonsOf(data?.targets ?? []), [data]);

  if (planTargets.isPending) return <LoadingState />;
  if (planTargets.isError) return <ErrorState error={planTargets.error} onRetry={() => void planTargets.refetch()} />;
  const { plan, themes, goals, targets } = planTargets.data;

  return (
    <>
      <PlanHeading plan={plan} title={t('list.title')} />
      <StatusSummary counts={counts} total={targets.length} />
      <TargetFiltersBar
        filters={filters}
        themes={[...themes].sort((a, b) => a.order - b.order)}
        goals={[...goals].sort((a, b) => a.order - b.order)}
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
        <TargetGroups groups={groups} plan={plan} listSearch={search} syncStates={syncStates} now={now} />
      )}
    </>
  );
}
