import { Navigate } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../../components/ui/query-states';
import { useI18n } from '../../../i18n/i18n';
import { usePlans } from '../queries';

/** The front page opens the newest plan's target list. */
export function FirstPlanRedirect() {
  const { t } = useI18n();
  const plans = usePlans();
  if (plans.isPending) return <LoadingState />;
  if (plans.isError) return <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />;
  const first = plans.data.plans[0];
  if (!first) return <EmptyState>{t('state.noPlans')}</EmptyState>;
  return <Navigate to={`/plans/${encodeURIComponent(first.id)}`} replace />;
}
