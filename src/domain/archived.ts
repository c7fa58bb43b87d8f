import type { Theme } from './plan';
import type { PlanData } from './plan-data';

// Apart from the structure rules (and their schemas): the target list needs only this.

const isActive = (item: { archived?: boolean }) => item.archived !== true;

/** The items not archived. */
export const activeOnly = <Item extends { archived?: boolean }>(items: readonly Item[]): Item[] => items.filter(isActive);

/**
 * The plan as the target lists should show it: archived themes, goals and targets left out, and so are
 * the goals of an archived theme and the targets of a left-out goal.
 */
export function withoutArchived<Data extends Pick<PlanData, 'themes' | 'goals' | 'targets'>>(data: Data): Data {
  const themes: Theme[] = activeOnly(data.themes);
  const themeIds = new Set(themes.map((theme) => theme.id));
  const goals = activeOnly(data.goals).filter((goal) => themeIds.has(goal.themeId));
  const goalIds = new Set(goals.map((goal) => goal.id));
  const targets = activeOnly(data.targets).filter((target) => goalIds.has(target.goalId));
  return { ...data, themes, goals, targets };
}
