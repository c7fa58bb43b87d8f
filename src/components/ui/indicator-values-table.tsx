import type { ReactNode } from 'react';
import type { IndicatorValue } from '../../domain/indicator';
import { formatQuantity } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';

interface IndicatorValuesTableProps {
  className: string;
  caption: ReactNode;
  unit: string;
  /** The values, in the order they are shown. */
  points: readonly IndicatorValue[];
  baselineValue: number | null;
  targetValue: number | null;
  labels: { year: string; value: string; note: string; baseline: string; target: string };
  /** Said beside the target level, e.g. whether the latest value meets it. */
  targetNote?: ReactNode;
}

/** A numeric series as a table: a row per year, then the baseline and target level when known. */
export function IndicatorValuesTable({
  className,
  caption,
  unit,
  points,
  baselineValue,
  targetValue,
  labels,
  targetNote,
}: IndicatorValuesTableProps) {
  const { language } = useI18n();
  const format = (value: number) => formatQuantity(value, unit, language);
  return (
    <table className={className}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{labels.year}</th>
          <th scope="col" className="numeric">
            {labels.value}
          </th>
          <th scope="col">{labels.note}</th>
        </tr>
      </thead>
      <tbody>
        {points.map((point) => (
          <tr key={point.year}>
            <th scope="row">{point.year}</th>
            <td className="numeric">{format(point.value)}</td>
            <td>{point.note ?? ''}</td>
          </tr>
        ))}
      </tbody>
      {(baselineValue !== null || targetValue !== null) && (
        <tfoot>
          {baselineValue !== null && (
            <tr>
              <th scope="row">{labels.baseline}</th>
              <td className="numeric">{format(baselineValue)}</td>
              <td />
            </tr>
          )}
          {targetValue !== null && (
            <tr>
              <th scope="row">{labels.target}</th>
              <td className="numeric">{format(targetValue)}</td>
              <td>{targetNote}</td>
            </tr>
          )}
        </tfoot>
      )}
    </table>
  );
}
