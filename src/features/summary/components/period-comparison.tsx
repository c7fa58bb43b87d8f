import { useId, useMemo } from 'react';
import { Link } from 'react-router';
import type { PlanData } from '../../../domain/plan-data';
import { STATUSES, type Status } from '../../../domain/status';
import { ErrorState, LoadingState } from '../../../components/ui/query-states';
import { StatusBadge } from '../../../components/ui/status-badge';
import { usePlans, usePreviousPlanData } from '../queries';
import {
  comparePeriods,
  previousPlanOf,
  statusCountPairs,
  statusDistribution,
  targetListHref,
  type StatusChange,
  type StatusCountPair,
} from '../series';
import { ChartFigure } from './chart-figure';
import { DeferredStatusBarChart } from './deferred-chart';
import type { StatusBarRow } from './status-bar-chart';
import { StatusLegend } from './status-legend';
import { useSummaryText } from './use-summary-text';

const CHANGES: StatusChange[] = ['improved', 'worsened', 'same', 'notComparable'];
const CHANGE_ICONS: Record<StatusChange, string> = {
  improved: 'M8 13V3M3.5 7.5L8 3l4.5 4.5',
  worsened: 'M8 3v10M3.5 8.5L8 13l4.5-4.5',
  same: 'M3 6h10M3 10h10',
  notComparable: 'M5.5 6a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .8-1 1.5V11M8 13.5v.5',
};

/** A change between periods in words with an arrow, never by colour alone. */
function ChangeLabel({ change }: { change: StatusChange }) {
  const { t } = useSummaryText();
  return (
    <span className={`summary-change summary-change--${change}`}>
      <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d={CHANGE_ICONS[change]} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      {t(`summary.comparison.change.${change}`)}
    </span>
  );
}

function CountsTable({ caption, pairs, previousYear, currentYear }: { caption: string; pairs: StatusCountPair[]; previousYear: number; currentYear: number }) {
  const { t, number, signed } = useSummaryText();
  return (
    <table className="summary-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('summary.status')}</th>
          <th scope="col" className="numeric">
            {previousYear}
          </th>
          <th scope="col" className="numeric">
            {currentYear}
          </th>
          <th scope="col" className="numeric">
            {t('summary.comparison.difference')}
          </th>
        </tr>
      </thead>
      <tbody>
        {pairs.map((pair) => (
          <tr key={pair.status} data-status={pair.status}>
            <th scope="row">
              <StatusBadge status={pair.status} />
            </th>
            <td className="numeric">{number(pair.previous)}</td>
            <td className="numeric">{number(pair.current)}</td>
            <td className="numeric">{signed(pair.difference)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ComparisonContent({ previous, current }: { previous: PlanData; current: PlanData }) {
  const { t, number, countsText, list } = useSummaryText();
  const changedHeadingId = useId();
  const previousYear = previous.plan.reportingYear;
  const currentYear = current.plan.reportingYear;
  const previousCounts = useMemo(() => statusDistribution(previous.targets), [previous.targets]);
  const currentCounts = useMemo(() => statusDistribution(current.targets), [current.targets]);
  const comparison = useMemo(() => comparePeriods(previous.targets, current.targets), [previous.targets, current.targets]);
  const pairs = statusCountPairs(previousCounts.counts, currentCounts.counts);
  const changed = comparison.pairs.filter((pair) => pair.changed);
  const years = { previous: previousYear, current: currentYear };

  const row = (data: PlanData, counts: Record<Status, number>): StatusBarRow => ({
    key: data.plan.id,
    label: String(data.plan.reportingYear),
    counts,
    segmentText: (status) => number(counts[status]),
    segmentName: (status) =>
      t('summary.segmentName', {
        targets: t('summary.targets', { count: counts[status], formattedCount: number(counts[status]) }),
        status: t(`status.${status}`),
        group: String(data.plan.reportingYear),
      }),
    href: (status) => targetListHref(data.plan.id, { status }),
  });

  return (
    <>
      {previous.plan.illustrative && <p className="notice summary-notice">{t('summary.comparison.illustrative', { year: previousYear })}</p>}
      <p className="summary-section__lead">{t('summary.comparison.lead', years)}</p>
      <ChartFigure
        title={t('summary.comparison.chartTitle', years)}
        headingLevel={3}
        description={t('summary.comparison.description', {
          ...years,
          previousCounts: countsText(previousCounts.counts),
          currentCounts: countsText(currentCounts.counts),
        })}
        chart={
          <DeferredStatusBarChart
            rows={[row(previous, previousCounts.counts), row(current, currentCounts.counts)]}
            showAxes
            axisLabel={t('summary.countAxis')}
            labelWidth={80}
          />
        }
        legend={
          <StatusLegend
            items={STATUSES.map((status) => ({
              status,
              detail: t('summary.comparison.legendDetail', {
                ...years,
                previousCount: number(previousCounts.counts[status]),
                currentCount: number(currentCounts.counts[status]),
              }),
            }))}
          />
        }
        table={<CountsTable caption={t('summary.comparison.chartTitle', years)} pairs={pairs} previousYear={previousYear} currentYear={currentYear} />}
      />

      <section className="summary-card" aria-labelledby={changedHeadingId}>
        <h3 id={changedHeadingId} className="summary-card__title">
          {t('summary.comparison.changedTitle', { changed: number(changed.length) })}
        </h3>
        <ul className="summary-change-counts" aria-label={t('summary.comparison.changeCounts')}>
          {CHANGES.map((change) => (
            <li key={change}>
              <ChangeLabel change={change} /> <strong>{number(comparison.changeCounts[change])}</strong>
            </li>
          ))}
        </ul>
        {changed.length === 0 ? (
          <p>{t('summary.comparison.noChanges')}</p>
        ) : (
          <table className="summary-table summary-table--changes" aria-labelledby={changedHeadingId}>
            <thead>
              <tr>
                <th scope="col">{t('summary.comparison.target')}</th>
                <th scope="col">{previousYear}</th>
                <th scope="col">{currentYear}</th>
                <th scope="col">{t('summary.comparison.changeColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {changed.map((pair) => (
                <tr key={pair.code} data-target-code={pair.code}>
                  <th scope="row">
                    <Link to={`/plans/${encodeURIComponent(current.plan.id)}/targets/${encodeURIComponent(pair.currentTargetId)}`}>
                      <span className="target-code">{pair.code}</span> {pair.title}
                    </Link>
                  </th>
                  <td>
                    <StatusBadge status={pair.previousStatus} />
                  </td>
                  <td>
                    <StatusBadge status={pair.currentStatus} />
                  </td>
                  <td>
                    <ChangeLabel change={pair.change} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {comparison.changeCounts.notComparable > 0 && <p className="summary-note">{t('summary.comparison.notComparableHelp')}</p>}
        {comparison.onlyCurrent.length > 0 && (
          <p className="summary-note">
            {t('summary.comparison.onlyCurrent', { year: currentYear, codes: list(comparison.onlyCurrent.map((target) => target.code)) })}
          </p>
        )}
        {comparison.onlyPrevious.length > 0 && (
          <p className="summary-note">
            {t('summary.comparison.onlyPrevious', { year: previousYear, codes: list(comparison.onlyPrevious.map((target) => target.code)) })}
          </p>
        )}
      </section>
    </>
  );
}

/** This period against the previous one of the same organisation and sector, when that plan is known. */
export function PeriodComparisonSection({ data }: { data: PlanData }) {
  const { t } = useSummaryText();
  const headingId = useId();
  const plans = usePlans();
  const previousPlan = plans.data ? previousPlanOf(plans.data.plans, data.plan) : null;
  const previous = usePreviousPlanData(previousPlan?.id ?? null);
  // A plan switch can briefly show the last plan's data as a placeholder: compare only the right one.
  const previousData = previous.data && previous.data.plan.id === previousPlan?.id ? previous.data : null;

  let content;
  if (plans.isPending) content = <LoadingState />;
  else if (plans.isError) content = <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />;
  else if (!previousPlan) content = <p>{t('summary.comparison.noPrevious', { year: data.plan.reportingYear - 1 })}</p>;
  else if (previous.isError) content = <ErrorState error={previous.error} onRetry={() => void previous.refetch()} />;
  else if (!previousData) content = <LoadingState />;
  else content = <ComparisonContent previous={previousData} current={data} />;

  return (
    <section className="summary-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="summary-section__title">
        {previousPlan
          ? t('summary.comparison.titleYears', { previous: previousPlan.reportingYear, current: data.plan.reportingYear })
          : t('summary.comparison.title')}
      </h2>
      {content}
    </section>
  );
}
