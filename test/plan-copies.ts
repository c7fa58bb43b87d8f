import { vantaa2021 } from '../mocks/seed/vantaa-2021';
import type { PlanData } from '../src/domain/plan-data';

/** The built-in report as a new plan with new ids, as an import would build it. */
export function copyAsNewPlan(planId: string): PlanData {
  const rename = (id: string) => `${planId}-${id}`;
  return {
    plan: { ...vantaa2021.plan, id: planId, title: 'Tuotu suunnitelma 2021' },
    themes: vantaa2021.themes.map((theme) => ({ ...theme, id: rename(theme.id), planId })),
    goals: vantaa2021.goals.map((goal) => ({ ...goal, id: rename(goal.id), planId, themeId: rename(goal.themeId) })),
    targets: vantaa2021.targets.map((target) => ({ ...target, id: rename(target.id), planId, goalId: rename(target.goalId) })),
  };
}
