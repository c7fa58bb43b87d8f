import { STATUSES } from '../../../domain/status';
import { formatNumber, formatQuantity } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n';
import { LOCALES } from '../../../i18n/languages';
import type { StatusCounts, StatusDistribution } from '../series';

/** Number and sentence formatting shared by the summary's charts, tables and chart descriptions. */
export function useSummaryText() {
  const { t, language } = useI18n();
  const list = new Intl.ListFormat(LOCALES[language], { type: 'conjunction' });
  const number = (value: number) => formatNumber(value, language);
  const percent = (value: number) => formatQuantity(value, '%', language);
  const signFormat = new Intl.NumberFormat(LOCALES[language], { signDisplay: 'exceptZero' });
  return {
    t,
    language,
    number,
    percent,
    /** "+5", "−4", "0" */
    signed: (value: number) => signFormat.format(value),
    /** "Toteutuu täysin 6 (75 %), …, and Ei arvioitu 0 (0 %)" */
    sharesText: (distribution: StatusDistribution) =>
      list.format(
        STATUSES.map((status) =>
          t('summary.statusShare', {
            status: t(`status.${status}`),
            amount: number(distribution.counts[status]),
            percent: percent(distribution.percentages[status]),
          }),
        ),
      ),
    /** "Toteutuu täysin 6, …, and Ei arvioitu 0" */
    countsText: (counts: StatusCounts) =>
      list.format(STATUSES.map((status) => t('summary.statusCount', { status: t(`status.${status}`), amount: number(counts[status]) }))),
    list: (items: string[]) => list.format(items),
  };
}
