import { memo } from 'react';
import { STATUSES, type Status } from '../../../domain/status';
import { StatusBadge } from '../../../components/ui/status-badge';
import { useI18n } from '../../../i18n/i18n';
import { formatNumber } from '../../../i18n/format';

interface StatusSummaryProps {
  counts: Record<Status, number>;
  total: number;
}

/** How many targets have each verdict, at the top of the list. */
export const StatusSummary = memo(function StatusSummary({ counts, total }: StatusSummaryProps) {
  const { t, language } = useI18n();
  return (
    <section className="status-summary" aria-labelledby="status-summary-title">
      <h2 id="status-summary-title" className="visually-hidden">
        {t('list.summary')}
      </h2>
      <ul className="status-summary__list">
        {STATUSES.map((status) => (
          <li key={status} className="status-summary__item" data-testid={`status-count-${status}`}>
            <span className="status-summary__count">{formatNumber(counts[status], language)}</span>
            <StatusBadge status={status} />
          </li>
        ))}
      </ul>
      <p className="status-summary__total">{t('list.summaryTotal', { count: total })}</p>
    </section>
  );
});
