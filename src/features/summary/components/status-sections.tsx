import { useMemo } from 'react';
import type { PlanData } from '../../../domain/plan-data';
import { STATUSES, type Status } from '../../../domain/status';
import { distributionByGoal, distributionByTheme, statusDistribution, targetListHref, type StatusDistribution } from '../series';
import { ChartFigure } from './chart-figure';
import { DeferredStatusBarChart } from './deferred-chart';
import type { StatusBarRow } from './status-bar-chart';
import { StatusLegend } from './status-legend';
import { DistributionTable, PlanStatusTable, type DistributionTableRow } from './status-tables';
import { useSummaryText } from './use-summary-text';

interface Group extends StatusDistribution {
  key: string;
  label: string;
  /** How the group is named in a link's accessible name ("koko suunnitelma", a theme's title). */
  groupName: string;
  href: (status: Status) => string;
}

/** The chart row and the table row of one group, sharing the same numbers, links and names. */
function useRows(groups: Group[], segmentText: (group: Group, status: Status) => string) {
  const { t, number } = useSummaryText();
  const linkName = (group: Group, status: Status) =>
    t('summary.segmentName', {
      targets: t('summary.targets', { count: group.counts[status], formattedCount: number(group.counts[status]) }),
      status: t(`status.${status}`),
      group: group.groupName,
    });
  const chartRows: StatusBarRow[] = groups.map((group) => ({
    key: group.key,
    label: group.label,
    counts: group.counts,
    segmentText: (status) => segmentText(group, status),
    segmentName: (status) => linkName(group, status),
    href: group.href,
  }));
  const tableRows: DistributionTableRow[] = groups.map((group) => ({ ...group, linkName: (status) => linkName(group, status) }));
  return { chartRows, tableRows };
}

/** The whole plan by status, with counts and shares on the bar and in the legend, each a link to the list. */
export function PlanStatusSection({ data }: { data: PlanData }) {
  const { t, number, percent, sharesText } = useSummaryText();
  const distribution = useMemo(() => statusDistribution(data.targets), [data.targets]);
  const group: Group = {
    key: data.plan.id,
    label: String(data.plan.reportingYear),
    groupName: t('summary.plan.group'),
    href: (status) => targetListHref(data.plan.id, { status }),
    ...distribution,
  };
  const countAndShare = (status: Status) =>
    t('summary.countAndShare', { amount: number(distribution.counts[status]), percent: percent(distribution.percentages[status]) });
  const { chartRows, tableRows } = useRows([group], (_, status) => countAndShare(status));
  const targets = t('summary.targets', { count: distribution.total, formattedCount: number(distribution.total) });
  return (
    <ChartFigure
      title={t('summary.plan.title')}
      headingLevel={2}
      description={t('summary.plan.description', { targets, shares: sharesText(distribution) })}
      chart={<DeferredStatusBarChart rows={chartRows} showAxes={false} rowHeight={56} />}
      legend={
        <StatusLegend
          items={STATUSES.map((status) => ({
            status,
            detail: countAndShare(status),
            href: distribution.counts[status] > 0 ? group.href(status) : null,
          }))}
        />
      }
      table={<PlanStatusTable caption={t('summary.plan.title')} row={tableRows[0]!} />}
    >
      <p className="summary-card__lead">{t('summary.plan.lead', { targets })}</p>
    </ChartFigure>
  );
}

function GroupStatusChart({ kind, groups }: { kind: 'byTheme' | 'byGoal'; groups: Group[] }) {
  const { t, number, countsText } = useSummaryText();
  const { chartRows, tableRows } = useRows(groups, (group, status) => number(group.counts[status]));
  const rowsText = groups.map((group) => t('summary.rowDescription', { label: group.label, counts: countsText(group.counts) })).join(' ');
  return (
    <ChartFigure
      title={t(`summary.${kind}.title`)}
      headingLevel={2}
      description={t(`summary.${kind}.description`, { rows: rowsText })}
      chart={<DeferredStatusBarChart rows={chartRows} showAxes axisLabel={t('summary.countAxis')} />}
      legend={<StatusLegend items={STATUSES.map((status) => ({ status }))} />}
      table={<DistributionTable caption={t(`summary.${kind}.title`)} groupColumn={t(`summary.${kind}.column`)} rows={tableRows} />}
    >
      <p className="summary-card__lead">{t('summary.groupLead')}</p>
    </ChartFigure>
  );
}

/** Every theme as a bar split by status; a segment opens the list filtered to that theme and status. */
export function ThemeStatusSection({ data }: { data: PlanData }) {
  const groups = useMemo(
    () =>
      distributionByTheme(data.themes, data.goals, data.targets).map(({ themeId, title, ...distribution }) => ({
        key: themeId,
        label: title,
        groupName: title,
        href: (status: Status) => targetListHref(data.plan.id, { status, themeId }),
        ...distribution,
      })),
    [data],
  );
  return <GroupStatusChart kind="byTheme" groups={groups} />;
}

/** Every strategic goal as a bar split by status; a segment opens the list filtered to that goal and status. */
export function GoalStatusSection({ data }: { data: PlanData }) {
  const { t } = useSummaryText();
  const groups = useMemo(
    () =>
      distributionByGoal(data.goals, data.targets).map(({ goalId, number, title, counts, total, percentages }) => {
        const label = t('summary.goalLabel', { number, title });
        return {
          key: goalId,
          label,
          groupName: label,
          href: (status: Status) => targetListHref(data.plan.id, { status, goalId }),
          counts,
          total,
          percentages,
        };
      }),
    [data, t],
  );
  return <GroupStatusChart kind="byGoal" groups={groups} />;
}
