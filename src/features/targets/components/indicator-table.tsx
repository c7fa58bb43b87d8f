import type { Indicator } from '../../../domain/indicator';
import { formatQuantity } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n';

/** One numeric series as a small table: a row per year, with baseline and target level when known. */
export function IndicatorTable({ indicator }: { indicator: Indicator }) {
  const { t, language } = useI18n();
  const format = (value: number) => formatQuantity(value, indicator.unit, language);
  const values = [...indicator.values].sort((a, b) => a.year - b.year);
  return (
    <table className="indicator-table">
      <caption>
        {t('detail.indicatorCaption', {
          label: indicator.label,
          direction: t(`detail.direction.${indicator.direction}`),
        })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('detail.year')}</th>
          <th scope="col">{t('detail.value')}</th>
          <th scope="col">{t('detail.note')}</th>
        </tr>
      </thead>
      <tbody>
        {values.map((point) => (
          <tr key={point.year}>
            <th scope="row">{point.year}</th>
            <td className="numeric">{format(point.value)}</td>
            <td>{point.note ?? ''}</td>
          </tr>
        ))}
      </tbody>
      {(indicator.baselineValue !== null || indicator.targetValue !== null) && (
        <tfoot>
          {indicator.baselineValue !== null && (
            <tr>
              <th scope="row">{t('detail.baselineValue')}</th>
              <td className="numeric">{format(indicator.baselineValue)}</td>
              <td />
            </tr>
          )}
          {indicator.targetValue !== null && (
            <tr>
              <th scope="row">{t('detail.targetValue')}</th>
              <td className="numeric">{format(indicator.targetValue)}</td>
              <td />
            </tr>
          )}
        </tfoot>
      )}
    </table>
  );
}
