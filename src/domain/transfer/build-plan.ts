import type { z } from 'zod';
import { planSchema, type Goal, type Theme } from '../plan';
import { planDataSchema, type PlanData } from '../plan-data';
import type { ImportedRow } from './import-table';

/** What the person importing types in: the rest of the plan follows from the file and the year. */
export const planDetailsSchema = planSchema.pick({ title: true, organisation: true, sector: true, reportingYear: true, reportDate: true });
export type PlanDetails = z.infer<typeof planDetailsSchema>;

interface BuildOptions {
  /** The importing person's name, recorded as the targets' last editor. */
  updatedBy: string;
  now: Date;
  newId?: () => string;
}

/**
 * A new plan from a validated sheet: themes and strategic goals in the order the file first names them,
 * targets in file order, every id new (crypto.randomUUID), every target at version 1. Throws only on a
 * programming error: the rows and details have been validated already.
 */
export function buildPlanData(rows: readonly ImportedRow[], details: PlanDetails, options: BuildOptions): PlanData {
  const newId = options.newId ?? (() => crypto.randomUUID());
  const planId = newId();
  const updatedAt = options.now.toISOString();
  const themesByTitle = new Map<string, Theme>();
  const goalsByNumber = new Map<string, Goal>();
  const targets = rows.map((row, index) => {
    const themeKey = row.theme.replace(/\s+/g, ' ');
    let theme = themesByTitle.get(themeKey);
    if (!theme) {
      theme = { id: newId(), planId, title: row.theme, order: themesByTitle.size + 1 };
      themesByTitle.set(themeKey, theme);
    }
    let goal = goalsByNumber.get(row.goalNumber);
    if (!goal) {
      goal = { id: newId(), planId, themeId: theme.id, number: row.goalNumber, title: row.goalTitle, order: goalsByNumber.size + 1 };
      goalsByNumber.set(row.goalNumber, goal);
    }
    return { id: newId(), planId, goalId: goal.id, order: index + 1, ...row.target, version: 1, updatedAt, updatedBy: options.updatedBy };
  });
  const year = details.reportingYear;
  return planDataSchema.parse({
    plan: {
      id: planId,
      ...details,
      baselineLabel: 'Lähtötaso',
      targetLevelLabel: `Tavoitetaso ${year}`,
      periodLabel: `1.1. - 31.12.${year}`,
      illustrative: false,
    },
    themes: [...themesByTitle.values()],
    goals: [...goalsByNumber.values()],
    targets,
  });
}
