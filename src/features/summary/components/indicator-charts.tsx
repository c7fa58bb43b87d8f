import { useId, useMemo } from 'react';
import { Link } from 'react-router';
import type { PlanData } from '../../../domain/plan-data';
import { formatQuantity } from '../../../i18n/format';
import { indicatorSeriesByTarget, type IndicatorSeries } from '../series';
import { IndicatorValuesTable } from '../../../components/ui/indicator-values-table';
import { ChartFigure } from './chart-figure';
import { BASELINE_COLOUR, INDICATOR_CHART_HEIGHT, TARGET_COLOUR } from './chart-sizes';
import { DeferredChart } from './deferred-chart';
import { useSummaryText } from './use-summary-text';

type Verdict = 'met' | 'notMet' | 'noTarget';
const verdictOf = (series: IndicatorSeries): Verdict =>
  series.meetsTarget === null ? 'noTarget' : series.meetsTarget ? 'met' : 'notMet';
const VERDICT_ICONS: Record<Verdict, string> = { met: 'M3.5 8.5l3 3 6-7', notMet: 'M4 4l8 8M12 4l-8 8', noTarget: 'M4 8h8' };

const indicatorChartHeight = () => INDICATOR_CHART_HEIGHT;

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
      chart={<DeferredChart height={indicatorChartHeight} draw={(drawings, width) => <drawings.IndicatorBarChart series={series} initialWidth={width} />} />}
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
