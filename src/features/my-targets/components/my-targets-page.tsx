import '../my-targets.css';
import { useMemo, useState } from 'react';
import { ApiError } from '../../../api/client';
import { useSessionStore } from '../../../api/session-store';
import { EmptyState, ErrorState, LoadingState } from '../../../components/ui/query-states';
import { useDocumentTitle } from '../../../components/ui/use-document-title';
import { useI18n } from '../../../i18n/i18n';
import { myTargetRows, openReturns } from '../my-targets-rows';
import { useMyReturns, useNewestPlanTargets } from '../queries';
import { MyTargetsTable } from './my-targets-table';
import { ReturnsList } from './returns-list';

/**
 * A responsible person's own targets in the current plan: what is due, and what management returned with
 * a comment. The targets come from the device (offline too); the returns need the server.
 */
export function MyTargetsPage() {
  const { t } = useI18n();
  const user = useSessionStore((state) => state.user);
  const { plans, planTargets } = useNewestPlanTargets();
  const returns = useMyReturns(user?.id ?? null);
  // One clock reading per visit, as on the target list.
  const [now] = useState(() => new Date());
  useDocumentTitle(t('review.myTargets.title'));

  const localTargets = planTargets.data?.targets;
  const open = useMemo(() => openReturns(returns.data?.returns ?? [], localTargets ?? []), [returns.data, localTargets]);
  const rows = useMemo(() => {
    if (!planTargets.data || !user) return [];
    return myTargetRows(planTargets.data, user, new Set(open.map((item) => item.target.id)), now);
  }, [planTargets.data, user, open, now]);

  const heading = <h1>{t('review.myTargets.title')}</h1>;
  if (plans.isError) return <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />;
  if (plans.data?.plans.length === 0) return <EmptyState>{t('state.noPlans')}</EmptyState>;
  if (planTargets.isError) return <ErrorState error={planTargets.error} onRetry={() => void planTargets.refetch()} />;
  if (!planTargets.data) return <LoadingState />;
  const { plan } = planTargets.data;
  const returnsOffline =
    (returns.isPending && returns.fetchStatus === 'paused') || (returns.error instanceof ApiError && returns.error.kind === 'network');
  const due = rows.filter((row) => row.staleness !== 'fresh').length;

  return (
    <div className="my-targets">
      <header className="page-heading">
        {heading}
        <p>{t('review.myTargets.intro', { plan: plan.title })}</p>
      </header>
      <section aria-labelledby="my-returns" className="my-targets__section">
        <h2 id="my-returns">{t('review.myTargets.returnsTitle')}</h2>
        {open.length > 0 && <p className="my-targets__hint">{t('review.myTargets.returnsIntro')}</p>}
        {returnsOffline ? (
          <p className="notice">{t('review.myTargets.returnsOffline')}</p>
        ) : returns.isPending ? (
          <LoadingState />
        ) : returns.isError ? (
          <ErrorState error={returns.error} onRetry={() => void returns.refetch()} />
        ) : (
          <ReturnsList returns={open} />
        )}
      </section>
      <section aria-labelledby="my-targets-list" className="my-targets__section">
        <h2 id="my-targets-list">{t('review.myTargets.targetsTitle')}</h2>
        {rows.length === 0 ? (
          <EmptyState>{t('review.myTargets.none')}</EmptyState>
        ) : (
          <>
            <p className="result-count">
              {due === 0 ? t('review.myTargets.summaryFresh', { count: rows.length }) : t('review.myTargets.summary', { count: rows.length, due })}
            </p>
            <MyTargetsTable planId={plan.id} rows={rows} />
          </>
        )}
      </section>
    </div>
  );
}
