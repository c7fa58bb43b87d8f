import type { PlanData } from '../../src/domain/plan-data';
import type { Status } from '../../src/domain/status';
import { vantaa2021 } from './vantaa-2021';

/**
 * An ILLUSTRATIVE previous year for the built-in report, so the summary can show a comparison between
 * periods. The 2020 report is not among the source documents: the targets' wording is the 2021 report's,
 * the statuses are invented, and the texts say so. The plan is flagged `illustrative`.
 */
const INVENTED_STATUSES: Record<string, Status> = {
  '5.1': 'partially',
  '8.1': 'partially',
  '12.3': 'notAssessed',
  '12.4': 'partially',
  '12.5': 'partially',
  '12.12': 'notAtAll',
  '13.1': 'partially',
  '17.1': 'fully',
};

const ILLUSTRATIVE_TEXT = 'Havainnollistava esimerkki: vuoden 2020 raportti ei kuulu lähdeaineistoon.';
const PLAN_ID = 'vantaa-kasvatus-2020';
const renameId = (id: string) => id.replace('2021', '2020');

export const vantaa2020Illustrative: PlanData = {
  plan: {
    ...vantaa2021.plan,
    id: PLAN_ID,
    title: 'Kasvatus ja oppiminen 2020',
    reportingYear: 2020,
    reportDate: '2021-02-03',
    targetLevelLabel: 'Tavoitetaso 2020',
    periodLabel: '1.1. - 31.12.2020',
    illustrative: true,
  },
  themes: vantaa2021.themes.map((theme) => ({ ...theme, id: renameId(theme.id), planId: PLAN_ID })),
  goals: vantaa2021.goals.map((goal) => ({ ...goal, id: renameId(goal.id), planId: PLAN_ID, themeId: renameId(goal.themeId) })),
  targets: vantaa2021.targets.map((target) => ({
    ...target,
    id: renameId(target.id),
    planId: PLAN_ID,
    goalId: renameId(target.goalId),
    keyActions: ILLUSTRATIVE_TEXT,
    metricStatus: ILLUSTRATIVE_TEXT,
    status: INVENTED_STATUSES[target.code] ?? 'notAssessed',
    indicators: target.indicators
      .map((indicator) => ({ ...indicator, values: indicator.values.filter((point) => point.year <= 2020) }))
      .filter((indicator) => indicator.values.length > 0),
    updatedAt: '2021-02-03T10:00:00.000Z',
  })),
};
