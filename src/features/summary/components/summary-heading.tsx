import type { Plan } from '../../../domain/plan';
import { formatDate } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n';

/** The page title with the plan it summarises: organisation, sector, period and report date. */
export function SummaryHeading({ plan }: { plan: Plan }) {
  const { t, language } = useI18n();
  return (
    <header className="page-heading">
      <h1>{t('summary.title')}</h1>
      <p className="page-heading__plan">
        <strong>{plan.title}</strong> · {plan.organisation}, {plan.sector} ·{' '}
        {t('plan.reportDate', { date: formatDate(plan.reportDate, language) })}
      </p>
      <p className="page-heading__labels">{t('plan.period', { period: plan.periodLabel })}</p>
      {plan.illustrative && <p className="notice">{t('plan.illustrative')}</p>}
      <p className="summary-intro">{t('summary.intro')}</p>
    </header>
  );
}
