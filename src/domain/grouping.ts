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

const DOT = 46;
const ZERO = 48;

/**
 * Compares target codes as numbers part by part, so 12.4 comes before 12.12; a code with fewer parts
 * comes first. Reads the digits in place: lists of thousands are sorted on every filter change.
 */
export function compareTargetCodes(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i <= a.length || j <= b.length) {
    let partA = -1;
    if (i <= a.length) {
      partA = 0;
      for (; i < a.length && a.charCodeAt(i) !== DOT; i += 1) {
        const digit = a.charCodeAt(i) - ZERO;
        if (digit < 0 || digit > 9) return compareOddCodes(a, b);
        partA = partA * 10 + digit;
      }
      i += 1;
    }
    let partB = -1;
    if (j <= b.length) {
      partB = 0;
      for (; j < b.length && b.charCodeAt(j) !== DOT; j += 1) {
        const digit = b.charCodeAt(j) - ZERO;
        if (digit < 0 || digit > 9) return compareOddCodes(a, b);
        partB = partB * 10 + digit;
      }
      j += 1;
    }
    if (partA !== partB) return partA - partB;
  }
  return 0;
}

/** Codes with something other than digits and dots (not valid, but imported data may hold them). */
function compareOddCodes(a: string, b: string): number {
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
  const byCode = (a: Target, b: Target) => compareTargetCodes(a.code, b.code);
  const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order;
  const goalsByTheme = new Map<string, Goal[]>();
  for (const goal of goals) {
    const list = goalsByTheme.get(goal.themeId);
    if (list) list.push(goal);
    else goalsByTheme.set(goal.themeId, [goal]);
  }
  return [...themes].sort(byOrder).flatMap((theme) => {
    const goalGroups = [...(goalsByTheme.get(theme.id) ?? [])].sort(byOrder).flatMap((goal) => {
      const goalTargets = targetsByGoal.get(goal.id);
      return goalTargets ? [{ goal, targets: goalTargets.sort(byCode) }] : [];
    });
    return goalGroups.length > 0 ? [{ theme, goals: goalGroups }] : [];
  });
}

/** One row of the target list read top to bottom: a theme heading, a strategic-goal heading or a target. */
export type ListRow =
  | { kind: 'theme'; key: string; theme: Theme }
  | { kind: 'goal'; key: string; goal: Goal }
  | { kind: 'target'; key: string; target: Target };

/** The grouped targets as one sequence of rows, headings before their targets, as a long list renders them. */
export function listRowsOf(groups: readonly ThemeGroup[]): ListRow[] {
  const rows: ListRow[] = [];
  for (const { theme, goals } of groups) {
    rows.push({ kind: 'theme', key: `theme:${theme.id}`, theme });
    for (const { goal, targets } of goals) {
      rows.push({ kind: 'goal', key: `goal:${goal.id}`, goal });
      for (const target of targets) rows.push({ kind: 'target', key: target.id, target });
    }
  }
  return rows;
}
