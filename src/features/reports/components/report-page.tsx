import { useId, useMemo } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { groupTargetsByThemeAndGoal } from '../../../domain/grouping';
import { stalenessOf } from '../../../domain/staleness';
import { filterTargets } from '../../../domain/target-filters';
import { EmptyState, ErrorState, LoadingState } from '../../../components/ui/query-states';
import { useDocumentTitle } from '../../../components/ui/use-document-title';
import { formatDate } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n';
import { useReportData } from '../queries';
import { useFilterDescription } from '../use-filter-description';
import { useReportFilters } from '../use-report-filters';
import { PrintPageHeader } from './print-page-header';
import { ReportHeader } from './report-header';
import { ReportTable } from './report-table';
import { ReportToolbar } from './report-toolbar';

/**
 * The printable report (A4 landscape): the official report's table with every text in full, narrowed by
 * the same URL filters as the target list. The print stylesheet in src/app/styles.css hides the app around it.
 */
export function ReportPage() {
  const { planId = '' } = useParams();
  const { pathname } = useLocation();
  const { t, language } = useI18n();
  const headingId = useId();
  const report = useReportData(planId);
  const { filters, filtered, search } = useReportFilters();

  const data = report.data;
  const visibleTargets = useMemo(() => {
    if (!data) return [];
    const now = new Date();
    return filterTargets(data.targets, data.goals, filters, undefined, (target) => stalenessOf(target, data.plan, now) !== 'fresh');
  }, [data, filters]);
  const groups = useMemo(
    () => (data ? groupTargetsByThemeAndGoal(data.themes, data.goals, visibleTargets) : []),
    [data, visibleTargets],
  );
  const filterDescription = useFilterDescription(filters, data?.themes ?? [], data?.goals ?? []);
  const reportDate = data ? formatDate(data.plan.reportDate, language) : '';
  // The title is also the file name the browser suggests for "Save as PDF".
  useDocumentTitle(data ? `${t('report.title')} ${reportDate} – ${data.plan.title}` : t('report.title'));

  if (report.isPending) return <LoadingState />;
  if (report.isError) return <ErrorState error={report.error} onRetry={() => void report.refetch()} />;
  const { plan, targets } = report.data;
  const shown = visibleTargets.length;
  const total = targets.length;

  return (
    <article className="report" aria-labelledby={headingId}>
      <PrintPageHeader title={`${plan.title} · ${t('plan.reportDate', { date: reportDate })}`} pageWord={t('report.page')} />
      <ReportHeader plan={plan} headingId={headingId} />
      <ReportToolbar
        planId={plan.id}
        shown={shown}
        total={total}
        filterDescription={filtered ? filterDescription : ''}
        search={search}
      />
      {filtered && (
        <p className="report__printed-scope">{t('report.printedScope', { shown, total, filters: filterDescription })}</p>
      )}
      {total === 0 ? (
        <EmptyState>{t('report.noTargets')}</EmptyState>
      ) : groups.length === 0 ? (
        <EmptyState action={<Link to={pathname}>{t('report.clearFilters')}</Link>}>{t('report.noResults')}</EmptyState>
      ) : (
        <ReportTable plan={plan} groups={groups} labelledBy={headingId} />
      )}
    </article>
  );
}
