import { groupTargetsByThemeAndGoal } from '../grouping';
import type { Goal, Plan } from '../plan';
import type { PlanData } from '../plan-data';
import { STATUS_REPORT_WORDS } from '../status';
import type { Target } from '../target';
import { PERSON_SEPARATOR, TRANSFER_COLUMNS, type TransferColumnKey } from './columns';

/** "12. Hyvinvointierot vähenevät": the strategic goal as the report writes it. */
export function goalCellText(goal: Pick<Goal, 'number' | 'title'>): string {
  return `${goal.number}. ${goal.title}`;
}

function targetCells(themeTitle: string, goal: Goal, target: Target): Record<TransferColumnKey, string> {
  return {
    theme: themeTitle,
    goal: goalCellText(goal),
    code: target.code,
    title: target.title,
    metric: target.metric,
    baseline: target.baseline,
    targetLevel: target.targetLevel,
    responsiblePersons: target.responsiblePersons.join(PERSON_SEPARATOR),
    reportingResponsible: target.reportingResponsible ?? '',
    keyActions: target.keyActions,
    metricStatus: target.metricStatus,
    status: STATUS_REPORT_WORDS[target.status],
    statusCode: target.status,
  };
}

/**
 * The plan as a sheet: the header row, then one row per target in the list's order (themes and goals
 * in plan order, targets by code). Themes and goals without targets have no row, so they are not exported.
 */
export function planDataToTable(data: PlanData): string[][] {
  const header = TRANSFER_COLUMNS.map((column) => column.header);
  const rows = groupTargetsByThemeAndGoal(data.themes, data.goals, data.targets).flatMap(({ theme, goals }) =>
    goals.flatMap(({ goal, targets }) =>
      targets.map((target) => {
        const cells = targetCells(theme.title, goal, target);
        return TRANSFER_COLUMNS.map((column) => cells[column.key]);
      }),
    ),
  );
  return [header, ...rows];
}

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A download name from the plan's title, e.g. "kasvatus-ja-oppiminen-2021.csv"; the year is added when the title lacks it. */
export function exportFileName(plan: Pick<Plan, 'title' | 'reportingYear'>, extension: 'csv' | 'xlsx'): string {
  const base = slug(plan.title) || 'suunnitelma';
  const year = String(plan.reportingYear);
  const withYear = base.split('-').includes(year) ? base : `${base}-${year}`;
  return `${withYear}.${extension}`;
}
