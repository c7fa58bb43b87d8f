import { useState } from 'react';
import { Link } from 'react-router';
import type { PlanData } from '../../../domain/plan-data';
import { stalenessOf, stalenessRules } from '../../../domain/staleness';
import { filtersToSearchParams, EMPTY_FILTERS } from '../../../domain/target-filters';
import { useI18n } from '../../../i18n/i18n';

/** How many targets wait for an update, and how many are stale, with a link to them. */
export function StalenessSection({ data }: { data: PlanData }) {
  const { t } = useI18n();
  const [now] = useState(() => new Date());
  const rules = stalenessRules(data.plan);
  const states = data.targets.map((target) => stalenessOf(target, data.plan, now));
  const stale = states.filter((state) => state === 'stale').length;
  const overdue = states.filter((state) => state !== 'fresh').length;
  const listLink = `/plans/${encodeURIComponent(data.plan.id)}?${filtersToSearchParams({ ...EMPTY_FILTERS, overdueOnly: true }).toString()}`;
  return (
    <section className="summary-card staleness-summary" aria-labelledby="staleness-summary-title">
      <h2 id="staleness-summary-title" className="summary-card__title">{t('staleness.summaryTitle')}</h2>
      <p data-testid="staleness-summary">
        {t('staleness.summary', { overdue, total: data.targets.length, stale, days: rules.staleAfterDays })}
      </p>
      {overdue > 0 && <Link to={listLink}>{t('staleness.showOverdue')}</Link>}
    </section>
  );
}
