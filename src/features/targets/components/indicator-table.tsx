import type { Indicator } from '../../../domain/indicator';
import { IndicatorValuesTable } from '../../../components/ui/indicator-values-table';
import { useI18n } from '../../../i18n/i18n';

/** One numeric series as a small table: a row per year, with baseline and target level when known. */
export function IndicatorTable({ indicator }: { indicator: Indicator }) {
  const { t } = useI18n();
  return (
    <IndicatorValuesTable
      className="indicator-table"
      caption={t('detail.indicatorCaption', {
        label: indicator.label,
        direction: t(`detail.direction.${indicator.direction}`),
      })}
      unit={indicator.unit}
      points={[...indicator.values].sort((a, b) => a.year - b.year)}
      baselineValue={indicator.baselineValue}
      targetValue={indicator.targetValue}
      labels={{
        year: t('detail.year'),
        value: t('detail.value'),
        note: t('detail.note'),
        baseline: t('detail.baselineValue'),
        target: t('detail.targetValue'),
      }}
    />
  );
}
