import { useMemo } from 'react';
import { EmptyState, ErrorState, LoadingState } from '../../../components/ui/query-states';
import { useDocumentTitle } from '../../../components/ui/use-document-title';
import type { Measure } from '../../../domain/measure';
import { useI18n } from '../../../i18n/i18n';
import { filterMeasures, linkedTargetKeysOf, organisationsOf } from '../measure-filters';
import { useLinkedTargetLabels, useMeasures } from '../queries';
import { useMeasureFilters } from '../use-measure-filters';
import { MeasureFiltersBar } from './measure-filters-bar';
import { MeasureTable } from './measure-table';

const NO_MEASURES: Measure[] = [];

/** All measures (toimenpiteet) with filters kept in the URL. Read-only. */
export function MeasureListPage() {
  const { t } = useI18n();
  const measures = useMeasures();
  const { filters, setFilters, clearFilters, search } = useMeasureFilters();
  useDocumentTitle(t('measures.title'));

  const all = measures.data ?? NO_MEASURES;
  const visible = useMemo(() => filterMeasures(all, filters), [all, filters]);
  const organisations = useMemo(() => organisationsOf(all), [all]);
  const targetKeys = useMemo(() => linkedTargetKeysOf(all), [all]);
  const planIds = useMemo(() => all.flatMap((measure) => measure.linkedTargets.map((link) => link.planId)), [all]);
  const targetLabels = useLinkedTargetLabels(planIds);
  const targetOptions = useMemo(
    () =>
      targetKeys
        .map((key) => {
          const label = targetLabels.get(key);
          return { value: key, label: label ? `${label.code} ${label.title}` : key };
        })
        .sort((a, b) => a.label.localeCompare(b.label, 'fi', { numeric: true })),
    [targetKeys, targetLabels],
  );

  if (measures.isPending) return <LoadingState />;
  if (measures.isError) return <ErrorState error={measures.error} onRetry={() => void measures.refetch()} />;

  return (
    <>
      <h1>{t('measures.title')}</h1>
      <MeasureFiltersBar
        filters={filters}
        organisations={organisations}
        targets={targetOptions}
        onChange={setFilters}
        onClear={clearFilters}
      />
      <p className="result-count" role="status" aria-live="polite">
        {t('measures.showing', { shown: visible.length, total: all.length })}
      </p>
      {all.length === 0 ? (
        <EmptyState>{t('measures.noMeasures')}</EmptyState>
      ) : visible.length === 0 ? (
        <EmptyState
          action={
            <button type="button" className="button" onClick={clearFilters}>
              {t('measures.clearFilters')}
            </button>
          }
        >
          {t('measures.noResults')}
        </EmptyState>
      ) : (
        <MeasureTable measures={visible} targetLabels={targetLabels} listSearch={search} />
      )}
    </>
  );
}
