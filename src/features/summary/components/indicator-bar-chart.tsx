import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatQuantity } from '../../../i18n/format';
import { niceTicks, type IndicatorSeries } from '../series';
import { BASELINE_COLOUR, INDICATOR_CHART_HEIGHT, INDICATOR_INITIAL_WIDTH, TARGET_COLOUR } from './chart-sizes';
import { useSummaryText } from './use-summary-text';

// The reference lines' labels sit right of the plot; this many px apart at least, so close levels stay readable.
const LABEL_GAP = 16;

/** Vertical offsets that keep the baseline and target labels from overlapping when the two levels are close. */
function labelOffsets(series: IndicatorSeries, domainMax: number): { baseline: number; target: number } {
  if (series.baselineValue === null || series.targetValue === null || domainMax <= 0) return { baseline: 0, target: 0 };
  const plotHeight = INDICATOR_CHART_HEIGHT - 60;
  const distance = (Math.abs(series.baselineValue - series.targetValue) / domainMax) * plotHeight;
  if (distance >= LABEL_GAP) return { baseline: 0, target: 0 };
  const push = (LABEL_GAP - distance) / 2;
  // SVG y grows downwards: the higher value's label moves up.
  return series.targetValue >= series.baselineValue ? { baseline: push, target: -push } : { baseline: -push, target: push };
}

/**
 * An indicator's yearly values as bars, with the baseline and target levels as labelled lines. Drawn at a fixed
 * height and a measured width; before measuring (and in tests without layout) it uses `initialWidth` or 480 px.
 */
export function IndicatorBarChart({ series, initialWidth }: { series: IndicatorSeries; initialWidth?: number | null }) {
  const { t, language } = useSummaryText();
  const format = (value: number) => formatQuantity(value, series.unit, language);
  const levels = [...series.points.map((point) => point.value), series.baselineValue ?? 0, series.targetValue ?? 0];
  // Round ticks with headroom above the highest bar or line for the value labels; the axis starts at zero so that
  // bar heights compare.
  const ticks = niceTicks(Math.max(...levels, 0) * 1.1);
  const domainMax = ticks[ticks.length - 1] ?? 1;
  const [chartWidth, setChartWidth] = useState(initialWidth ?? INDICATOR_INITIAL_WIDTH);
  // Wide enough: the reference lines' labels sit right of the plot. Narrow (a phone): inside it, the upper line's
  // label above its line and the lower one's below, so that they never overlap.
  const compact = chartWidth < 440;
  const offsets = compact ? { baseline: 0, target: 0 } : labelOffsets(series, domainMax);
  const bothLines = series.baselineValue !== null && series.targetValue !== null;
  // A lone line's label goes below it, clear of the value labels on top of the bars.
  const targetIsUpper = bothLines && (series.targetValue ?? 0) >= (series.baselineValue ?? 0);
  const baselineIsUpper = bothLines && !targetIsUpper;
  const labelPosition = (upper: boolean): 'insideTopRight' | 'insideBottomRight' | 'right' =>
    // For a horizontal line Recharts puts an "insideBottom" label above the line and an "insideTop" one below it.
    compact ? (upper ? 'insideBottomRight' : 'insideTopRight') : 'right';
  const hasReferenceLines = series.baselineValue !== null || series.targetValue !== null;
  const axisFormat = (value: number) => formatQuantity(value, series.unit === '%' ? '%' : '', language);

  return (
    <ResponsiveContainer
      width="100%"
      height={INDICATOR_CHART_HEIGHT}
      initialDimension={{ width: chartWidth, height: INDICATOR_CHART_HEIGHT }}
      onResize={(width) => setChartWidth(width)}
    >
      <BarChart data={series.points} margin={{ top: 24, right: hasReferenceLines && !compact ? 150 : 16, bottom: 4, left: 4 }} title={series.label}>
        <CartesianGrid vertical={false} stroke="#dde3ea" />
        <XAxis dataKey="year" tick={{ fill: 'var(--color-text)' }} />
        <YAxis domain={[0, domainMax]} ticks={ticks} interval={0} tickFormatter={axisFormat} tick={{ fill: 'var(--color-text)' }} width={64} />
        <Tooltip
          formatter={(value) => [format(Number(value)), t('summary.indicators.value')]}
          labelFormatter={(year) => String(year)}
          separator=": "
          cursor={{ fill: '#e8eef5' }}
          isAnimationActive={false}
        />
        <Bar dataKey="value" className="summary-indicator-bar" maxBarSize={64} isAnimationActive={false}>
          <LabelList dataKey="value" position="top" fill="var(--color-text)" formatter={(value) => axisFormat(Number(value))} />
        </Bar>
        {series.baselineValue !== null && (
          <ReferenceLine
            y={series.baselineValue}
            stroke={BASELINE_COLOUR}
            strokeWidth={2}
            strokeDasharray="6 4"
            label={{
              value: t('summary.indicators.baselineLine', { value: axisFormat(series.baselineValue) }),
              position: labelPosition(baselineIsUpper),
              fill: BASELINE_COLOUR,
              dy: offsets.baseline,
              className: 'summary-reference-label',
            }}
          />
        )}
        {series.targetValue !== null && (
          <ReferenceLine
            y={series.targetValue}
            stroke={TARGET_COLOUR}
            strokeWidth={3}
            label={{
              value: t('summary.indicators.targetLine', { value: axisFormat(series.targetValue) }),
              position: labelPosition(targetIsUpper),
              fill: TARGET_COLOUR,
              dy: offsets.target,
              className: 'summary-reference-label summary-reference-label--target',
            }}
          />
        )}
      </BarChart>
    </ResponsiveContainer>
  );
}
