import { useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { PlanData } from '../../../domain/plan-data';
import { formatQuantity } from '../../../i18n/format';
import { indicatorSeriesByTarget, niceTicks, type IndicatorSeries } from '../series';
import { IndicatorValuesTable } from '../../../components/ui/indicator-values-table';
import { ChartFigure } from './chart-figure';
import { useSummaryText } from './use-summary-text';

type Verdict = 'met' | 'notMet' | 'noTarget';
const verdictOf = (series: IndicatorSeries): Verdict =>
  series.meetsTarget === null ? 'noTarget' : series.meetsTarget ? 'met' : 'notMet';
const VERDICT_ICONS: Record<Verdict, string> = { met: 'M3.5 8.5l3 3 6-7', notMet: 'M4 4l8 8M12 4l-8 8', noTarget: 'M4 8h8' };

const CHART_HEIGHT = 240;
const INITIAL_WIDTH = 480;
const BASELINE_COLOUR = '#4a5666';
const TARGET_COLOUR = '#1b2430';
// The reference lines' labels sit right of the plot; this many px apart at least, so close levels stay readable.
const LABEL_GAP = 16;

/** Vertical offsets that keep the baseline and target labels from overlapping when the two levels are close. */
function labelOffsets(series: IndicatorSeries, domainMax: number): { baseline: number; target: number } {
  if (series.baselineValue === null || series.targetValue === null || domainMax <= 0) return { baseline: 0, target: 0 };
  const plotHeight = CHART_HEIGHT - 60;
  const distance = (Math.abs(series.baselineValue - series.targetValue) / domainMax) * plotHeight;
  if (distance >= LABEL_GAP) return { baseline: 0, target: 0 };
  const push = (LABEL_GAP - distance) / 2;
  // SVG y grows downwards: the higher value's label moves up.
  return series.targetValue >= series.baselineValue ? { baseline: push, target: -push } : { baseline: -push, target: push };
}

function IndicatorLegend({ series }: { series: IndicatorSeries }) {
  const { t } = useSummaryText();
  return (
    <ul className="summary-legend summary-legend--indicator" aria-label={t('summary.legend')}>
      <li className="summary-legend__item">
        <svg className="summary-swatch" width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <rect x="2" y="4" width="16" height="14" className="summary-indicator-bar" />
        </svg>
        <span>{t('summary.indicators.legendValues', { unit: series.unit || '–' })}</span>
      </li>
      {series.baselineValue !== null && (
        <li className="summary-legend__item">
          <svg className="summary-swatch" width="28" height="20" viewBox="0 0 28 20" aria-hidden="true" focusable="false">
            <path d="M1 10h26" stroke={BASELINE_COLOUR} strokeWidth="2" strokeDasharray="6 4" />
          </svg>
          <span>{t('summary.indicators.baseline')}</span>
        </li>
      )}
      {series.targetValue !== null && (
        <li className="summary-legend__item">
          <svg className="summary-swatch" width="28" height="20" viewBox="0 0 28 20" aria-hidden="true" focusable="false">
            <path d="M1 10h26" stroke={TARGET_COLOUR} strokeWidth="3" />
          </svg>
          <span>{t('summary.indicators.target')}</span>
        </li>
      )}
    </ul>
  );
}

function IndicatorTable({ series }: { series: IndicatorSeries }) {
  const { t } = useSummaryText();
  return (
    <IndicatorValuesTable
      className="summary-table"
      caption={series.label}
      unit={series.unit}
      points={series.points}
      baselineValue={series.baselineValue}
      targetValue={series.targetValue}
      labels={{
        year: t('summary.indicators.year'),
        value: t('summary.indicators.value'),
        note: t('summary.indicators.note'),
        baseline: t('summary.indicators.baseline'),
        target: t('summary.indicators.target'),
      }}
      targetNote={t(`summary.indicators.verdict.${verdictOf(series)}`)}
    />
  );
}

/** One indicator: its yearly values as bars, baseline and target level as labelled lines, and the verdict in words. */
function IndicatorChart({ series }: { series: IndicatorSeries }) {
  const { t, language, list } = useSummaryText();
  const format = (value: number) => formatQuantity(value, series.unit, language);
  const verdict = verdictOf(series);
  const levels = [...series.points.map((point) => point.value), series.baselineValue ?? 0, series.targetValue ?? 0];
  // Round ticks with headroom above the highest bar or line for the value labels; the axis starts at zero so that
  // bar heights compare.
  const ticks = niceTicks(Math.max(...levels, 0) * 1.1);
  const domainMax = ticks[ticks.length - 1] ?? 1;
  const [chartWidth, setChartWidth] = useState(INITIAL_WIDTH);
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
  const latestText = series.latest
    ? series.targetValue !== null
      ? t('summary.indicators.latestAgainstTarget', {
          value: format(series.latest.value),
          year: series.latest.year,
          target: format(series.targetValue),
        })
      : t('summary.indicators.latest', { value: format(series.latest.value), year: series.latest.year })
    : '';
  const description = [
    t('summary.indicators.description', { label: series.label }),
    t('summary.indicators.values', { points: list(series.points.map((point) => `${point.year}: ${format(point.value)}`)) }),
    series.baselineValue !== null ? t('summary.indicators.baselineLine', { value: format(series.baselineValue) }) + '.' : '',
    series.targetValue !== null ? t('summary.indicators.targetLine', { value: format(series.targetValue) }) + '.' : '',
    t(`summary.indicators.direction.${series.direction}`),
    `${t(`summary.indicators.verdict.${verdict}`)}.`,
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <ChartFigure
      title={series.label}
      headingLevel={4}
      className="summary-card--indicator"
      description={description}
      chart={
        <ResponsiveContainer
          width="100%"
          height={CHART_HEIGHT}
          initialDimension={{ width: INITIAL_WIDTH, height: CHART_HEIGHT }}
          onResize={(width) => setChartWidth(width)}
        >
          <BarChart data={series.points} margin={{ top: 24, right: hasReferenceLines && !compact ? 150 : 16, bottom: 4, left: 4 }} title={series.label}>
            <CartesianGrid vertical={false} stroke="#dde3ea" />
            <XAxis dataKey="year" tick={{ fill: 'var(--color-text)' }} />
            <YAxis
              domain={[0, domainMax]}
              ticks={ticks}
              interval={0}
              tickFormatter={(value: number) => formatQuantity(value, series.unit === '%' ? '%' : '', language)}
              tick={{ fill: 'var(--color-text)' }}
              width={64}
            />
            <Tooltip
              formatter={(value) => [format(Number(value)), t('summary.indicators.value')]}
              labelFormatter={(year) => String(year)}
              separator=": "
              cursor={{ fill: '#e8eef5' }}
              isAnimationActive={false}
            />
            <Bar dataKey="value" className="summary-indicator-bar" maxBarSize={64} isAnimationActive={false}>
              <LabelList
                dataKey="value"
                position="top"
                fill="var(--color-text)"
                formatter={(value) => formatQuantity(Number(value), series.unit === '%' ? '%' : '', language)}
              />
            </Bar>
            {series.baselineValue !== null && (
              <ReferenceLine
                y={series.baselineValue}
                stroke={BASELINE_COLOUR}
                strokeWidth={2}
                strokeDasharray="6 4"
                label={{
                  value: t('summary.indicators.baselineLine', { value: formatQuantity(series.baselineValue, series.unit === '%' ? '%' : '', language) }),
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
                  value: t('summary.indicators.targetLine', { value: formatQuantity(series.targetValue, series.unit === '%' ? '%' : '', language) }),
                  position: labelPosition(targetIsUpper),
                  fill: TARGET_COLOUR,
                  dy: offsets.target,
                  className: 'summary-reference-label summary-reference-label--target',
                }}
              />
            )}
          </BarChart>
        </ResponsiveContainer>
      }
      legend={<IndicatorLegend series={series} />}
      table={<IndicatorTable series={series} />}
    >
      <p className="summary-direction">{t(`summary.indicators.direction.${series.direction}`)}</p>
      <p className={`summary-verdict summary-verdict--${verdict}`}>
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d={VERDICT_ICONS[verdict]} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <strong>{t(`summary.indicators.verdict.${verdict}`)}</strong>
      </p>
      {latestText && <p className="summary-latest">{latestText}</p>}
    </ChartFigure>
  );
}

/** A small chart per numeric indicator, grouped under its target. */
export function IndicatorSection({ data }: { data: PlanData }) {
  const { t } = useSummaryText();
  const headingId = useId();
  const entries = useMemo(() => indicatorSeriesByTarget(data.targets), [data.targets]);
  const planPath = `/plans/${encodeURIComponent(data.plan.id)}`;
  return (
    <section className="summary-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="summary-section__title">
        {t('summary.indicators.title')}
      </h2>
      <p className="summary-section__lead">{t('summary.indicators.intro')}</p>
      {entries.length === 0 ? (
        <p>{t('summary.indicators.none')}</p>
      ) : (
        entries.map((entry) => (
          <section key={entry.targetId} className="summary-indicator-group" aria-labelledby={`${headingId}-${entry.targetId}`}>
            <h3 id={`${headingId}-${entry.targetId}`} className="summary-indicator-group__title">
              <Link to={`${planPath}/targets/${encodeURIComponent(entry.targetId)}`}>
                <span className="target-code">{entry.code}</span> {entry.title}
              </Link>
            </h3>
            <div className="summary-indicator-grid">
              {entry.series.map((series) => (
                <IndicatorChart key={series.indicatorId} series={series} />
              ))}
            </div>
          </section>
        ))
      )}
    </section>
  );
}
