import type { Plan } from '../../../domain/plan';
import { formatDate } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n';

/** The report's first lines: who reports, the report date, the plan and its period, as the official report heads its pages. */
export function ReportHeader({ plan, headingId }: { plan: Plan; headingId: string }) {
  const { t, language } = useI18n();
  return (
    <header className="report__header">
      <p className="report__source">
        <span>
          {plan.organisation} · {plan.sector}
        </span>
        <span className="report__date">{t('plan.reportDate', { date: formatDate(plan.reportDate, language) })}</span>
      </p>
      <h1 id={headingId}>{t('report.heading', { title: plan.title })}</h1>
      <p className="report__period">{t('plan.period', { period: plan.periodLabel })}</p>
      {plan.illustrative && <p className="notice">{t('plan.illustrative')}</p>}
    </header>
  );
}
