import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { ErrorState, LoadingState } from '../../../components/ui/query-states';
import { useDocumentTitle } from '../../../components/ui/use-document-title';
import { formatDate } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n';
import { activePlanTargetsQuery } from '../../../offline/queries';
import { ExportSection } from './export-section';
import { ImportSection } from './import-section';

/** Export the plan to CSV or XLSX, and import a spreadsheet as a new plan. */
export function TransferPage() {
  const { planId = '' } = useParams();
  const { t, language } = useI18n();
  const planTargets = useQuery(activePlanTargetsQuery(planId));
  useDocumentTitle(t('transfer.title'));

  if (planTargets.isPending) return <LoadingState />;
  if (planTargets.isError) return <ErrorState error={planTargets.error} onRetry={() => void planTargets.refetch()} />;
  const data = planTargets.data;
  const { plan } = data;

  return (
    <>
      <header className="page-heading">
        <h1>{t('transfer.title')}</h1>
        <p className="page-heading__plan">
          <strong>{plan.title}</strong> · {plan.organisation}, {plan.sector} ·{' '}
          {t('plan.reportDate', { date: formatDate(plan.reportDate, language) })}
        </p>
      </header>
      <ExportSection data={data} />
      {/* Switching to another plan starts the import form afresh from that plan's details. */}
      <ImportSection key={plan.id} currentPlan={plan} />
    </>
  );
}
