import { memo } from 'react';
import type { Plan } from '../../../domain/plan';
import { formatDate } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n';

/** The page title with the plan it belongs to: organisation, sector, period and report date. */
export const PlanHeading = memo(function PlanHeading({ plan, title }: { plan: Plan; title: string }) {
  const { t, language } = useI18n();
  return (
    <header className="page-heading">
      <h1>{title}</h1>
      <p className="page-heading__plan">
        <strong>{plan.title}</strong> · {plan.organisation}, {plan.sector} ·{' '}
        {t('plan.reportDate', { date: formatDate(plan.reportDate, language) })}
      </p>
      <p className="page-heading__labels">{t('plan.period', { period: plan.periodLabel })}</p>
      {plan.illustrative && <p className="notice">{t('plan.illustrative')}</p>}
    </header>
  );
});
