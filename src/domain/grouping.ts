import type { Goal, Theme } from './plan';
import type { Target } from './target';

export interface GoalGroup {
  goal: Goal;
  targets: Target[];
}

export interface ThemeGroup {
  theme: Theme;
  goals: GoalGroup[];
}

/** Compares target codes as numbers part by part, so 12.4 comes before 12.12. */
export function compareTargetCodes(a: string, b: string): number {
  const partsA = a.split('.').map(Number);
  const partsB = b.split('.').map(Number);
  for (let i = 0; i < Math.max(partsA.length, partsB.length); i += 1) {
    const diff = (partsA[i] ?? -1) - (partsB[i] ?? -1);
    if (diff !== 0) return diff;
  }
  return 0;
}

/**
 * Groups targets under their strategic goal and theme, in the plan's order.
 * Themes and goals with no target among the given ones are left out.
 */
export function groupTargetsByThemeAndGoal(
  themes: readonly Theme[],
  goals: readonly Goal[],
  targets: readonly Target[],
): ThemeGroup[] {
  const targetsByGoal = new Map<string, Target[]>();
  for (const target of targets) {
    const list = targetsByGoal.get(target.goalId);
    if (list) list.push(target);
    else targetsByGoal.set(target.goalId, [target]);
  }
  const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order;
  return [...themes].sort(byOrder).flatMap((theme) => {
    const goalGroups = goals
      .filter((goal) => goal.themeId === theme.id)
      .sort(byOrder)
      .flatMap((goal) => {
        const goalTargets = targetsByGoal.get(goal.id);
        if (!goalTargets) return [];
        return [{ goal, targets: [...goalTargets].sort((a, b) => compareTargetCodes(a.code, b.code)) }];
      });
    return goalGroups.length > 0 ? [{ theme, goals: goalGroups }] : [];
  });
}
