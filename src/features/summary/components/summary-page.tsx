import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../../components/ui/query-states';
import { useDocumentTitle } from '../../../components/ui/use-document-title';
import { useI18n } from '../../../i18n/i18n';
import { usePlanData } from '../queries';
import { IndicatorSection } from './indicator-charts';
import { PeriodComparisonSection } from './period-comparison';
import { GoalStatusSection, PlanStatusSection, ThemeStatusSection } from './status-sections';
import { loadChartDrawings } from './chart-schedule';
import { StatusPatternDefs } from './status-patterns';
import { SummaryHeading } from './summary-heading';
import { StalenessSection } from './staleness-section';

/** The board members' view of a plan: status at a glance, by theme and goal, against last year, and the indicators. */
export function SummaryPage() {
  const { planId = '' } = useParams();
  const { t } = useI18n();
  const planData = usePlanData(planId);
  const planTitle = planData.data?.plan.title;
  useDocumentTitle(planTitle ? t('summary.documentTitle', { plan: planTitle }) : t('summary.title'));
  // The charts' drawing code loads while the plan is read; the charts are drawn after the page's text shows.
  useEffect(() => {
    void loadChartDrawings().catch((error: unknown) => console.warn('The charts could not be loaded.', error));
  }, []);

  if (planData.isPending || planData.isError) {
    return (
      <div className="summary">
        <h1>{t('summary.title')}</h1>
        {planData.isPending ? <LoadingState /> : <ErrorState error={planData.error} onRetry={() => void planData.refetch()} />}
      </div>
    );
  }
  const data = planData.data;

  return (
    <div className="summary">
      <StatusPatternDefs />
      <SummaryHeading plan={data.plan} />
      {data.targets.length === 0 ? (
        <EmptyState action={<Link to={`/plans/${encodeURIComponent(data.plan.id)}`}>{t('summary.toList')}</Link>}>
          {t('summary.empty')}
        </EmptyState>
      ) : (
        <>
          <PlanStatusSection data={data} />
          <StalenessSection data={data} />
          <ThemeStatusSection data={data} />
          <GoalStatusSection data={data} />
          <PeriodComparisonSection data={data} />
          <IndicatorSection data={data} />
        </>
      )}
    </div>
  );
}
