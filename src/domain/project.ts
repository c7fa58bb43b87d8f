import { z } from './zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const text = z.string().max(10_000);
const euros = z.number().int().nonnegative();

/**
 * When and how exactly a project runs. The source writes some periods only as years ("2019 — 2021"), so each end
 * says whether it is a day or just the year (then `start` is 1 January and `end` 31 December); `asWritten` keeps
 * the source's own text.
 */
export const projectPeriodSchema = z
  .object({
    start: isoDate,
    end: isoDate,
    startPrecision: z.enum(['day', 'year']),
    endPrecision: z.enum(['day', 'year']),
    asWritten: text,
  })
  .refine((period) => period.start <= period.end, { message: 'start after end', path: ['end'] });
export type ProjectPeriod = z.infer<typeof projectPeriodSchema>;

/** A contact person; e-mail and phone exactly as the source writes them ("nina.onufriew(at)hel.fi"). */
export const projectContactSchema = z.object({
  name: z.string().min(1),
  title: text,
  email: text.nullable(),
  phone: text.nullable(),
});
export type ProjectContact = z.infer<typeof projectContactSchema>;

/**
 * The money, in whole euros. `ownFinancingPercent` of `ownFinancingBase` is the city's own financing; the source
 * states the amount too (`ownFinancingAmount`), and `ownFinancingCheck` compares the two.
 */
export const projectBudgetSchema = z.object({
  /** The whole project's budget over all partners; null when not known. */
  total: euros.nullable(),
  /** The total as the source writes it, e.g. "noin 1 000 000 €". */
  totalAsWritten: text.nullable(),
  /** The city's part of the budget. */
  cityShare: euros,
  ownFinancingPercent: z.number().min(0).max(100),
  /** Which figure the percentage is taken of. */
  ownFinancingBase: z.enum(['cityShare', 'total']),
  /** The own financing as the source states it. */
  ownFinancingAmount: euros,
});
export type ProjectBudget = z.infer<typeof projectBudgetSchema>;

/** A binding target the project serves. `illustrative` marks a link made for the demo, not found in any source. */
export const projectTargetLinkSchema = z.object({
  planId: z.string().min(1),
  targetId: z.string().min(1),
  /** The target's code ("13.1"), so the link reads well before the plan is loaded. */
  targetCode: z.string().min(1),
  illustrative: z.boolean(),
});
export type ProjectTargetLink = z.infer<typeof projectTargetLinkSchema>;

/** A development project (hanke) of the education division's portfolio. */
export const projectSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  /** Sector or education level as written ("Ammatillinen koulutus"). */
  sector: text,
  funders: z.array(z.string().min(1)),
  period: projectPeriodSchema,
  coordinator: text.nullable(),
  partners: z.array(z.string().min(1)),
  goals: text,
  contacts: z.array(projectContactSchema),
  budget: projectBudgetSchema.nullable(),
  /** The decision's diary number ("HEL 2019-009918 T 02 05 02"), when one is known. */
  decisionReference: text.nullable(),
  /** Which unit answers for the project, when the source names one. */
  responsibleUnit: text.nullable(),
  /** Where the record comes from, in words. */
  source: text,
  linkedTargets: z.array(projectTargetLinkSchema),
  version: z.number().int().positive(),
  updatedAt: z.iso.datetime(),
  updatedBy: z.string().min(1),
});
export type Project = z.infer<typeof projectSchema>;

export interface OwnFinancingCheck {
  base: number;
  percent: number;
  /** base × percent, rounded to whole euros. */
  computed: number;
  stated: number;
  matches: boolean;
}

/** The own financing computed from the budget (rounded to whole euros) next to the amount the source states. */
export function ownFinancingCheck(budget: ProjectBudget): OwnFinancingCheck | null {
  const base = budget.ownFinancingBase === 'cityShare' ? budget.cityShare : budget.total;
  if (base === null) return null;
  // Percent × base in hundredths first keeps 309 792 × 30 % exact (9 293 760 / 100), free of binary fractions.
  const computed = Math.round((base * Math.round(budget.ownFinancingPercent * 100)) / 10_000);
  return { base, percent: budget.ownFinancingPercent, computed, stated: budget.ownFinancingAmount, matches: computed === budget.ownFinancingAmount };
}

/** Whether the project runs on `isoDay` (YYYY-MM-DD), both ends included. */
export function isActiveOn(project: Pick<Project, 'period'>, isoDay: string): boolean {
  return project.period.start <= isoDay && isoDay <= project.period.end;
}

/** The ISO day `months` calendar months after `isoDay`; 31.8. + 6 months is 28.2. (or 29.2.), never March. */
export function addMonths(isoDay: string, months: number): string {
  const [year = 0, month = 1, day = 1] = isoDay.split('-').map(Number);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return `${pad(targetYear, 4)}-${pad(targetMonth)}-${pad(Math.min(day, lastDay))}`;
}

/** Whether the project ends on `isoDay` or within `months` months after it; one that has already ended does not. */
export function endsWithinMonths(project: Pick<Project, 'period'>, isoDay: string, months: number): boolean {
  return isoDay <= project.period.end && project.period.end <= addMonths(isoDay, months);
}

export interface FunderBudgetTotal {
  funder: string;
  /** Projects this funder funds. */
  projectCount: number;
  /** Of them, the ones with a known budget: the sums below cover only these. */
  budgetedCount: number;
  cityShare: number;
  ownFinancing: number;
}

/**
 * Budget sums per funder (in whole euros), funders in Finnish alphabetical order. A project with several funders
 * counts in full for each of them, so the rows must not be added up across funders.
 */
export function budgetTotalsByFunder(projects: readonly Project[]): FunderBudgetTotal[] {
  const totals = new Map<string, FunderBudgetTotal>();
  for (const project of projects) {
    for (const funder of new Set(project.funders)) {
      const row = totals.get(funder) ?? { funder, projectCount: 0, budgetedCount: 0, cityShare: 0, ownFinancing: 0 };
      row.projectCount += 1;
      if (project.budget) {
        row.budgetedCount += 1;
        row.cityShare += project.budget.cityShare;
        row.ownFinancing += project.budget.ownFinancingAmount;
      }
      totals.set(funder, row);
    }
  }
  return [...totals.values()].sort((a, b) => a.funder.localeCompare(b.funder, 'fi'));
}

export type SortDirection = 'ascending' | 'descending';

/** A new array sorted by end date (then start date, then name in Finnish order); the input is left as it is. */
export function sortByEndDate<P extends Pick<Project, 'period' | 'name'>>(projects: readonly P[], direction: SortDirection = 'ascending'): P[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...projects].sort(
    (a, b) =>
      sign * a.period.end.localeCompare(b.period.end) ||
      sign * a.period.start.localeCompare(b.period.start) ||
      a.name.localeCompare(b.name, 'fi'),
  );
}

/** Every distinct value of `pick` over the projects, in Finnish alphabetical order. */
export function distinctValues(projects: readonly Project[], pick: (project: Project) => readonly string[]): string[] {
  return [...new Set(projects.flatMap((project) => pick(project)))].sort((a, b) => a.localeCompare(b, 'fi'));
}

/** A key for a linked target, as used in the list's `target` filter: "planId/targetId". */
export const targetLinkKey = (link: Pick<ProjectTargetLink, 'planId' | 'targetId'>) => `${link.planId}/${link.targetId}`;

export interface ProjectFilters {
  funder: string | null;
  sector: string | null;
  /** YYYY-MM-DD */
  activeOn: string | null;
  /** A `targetLinkKey`. */
  target: string | null;
}

/** The projects that meet every filter that is set. */
export function filterProjects(projects: readonly Project[], filters: ProjectFilters): Project[] {
  return projects.filter(
    (project) =>
      (!filters.funder || project.funders.includes(filters.funder)) &&
      (!filters.sector || project.sector === filters.sector) &&
      (!filters.activeOn || isActiveOn(project, filters.activeOn)) &&
      (!filters.target || project.linkedTargets.some((link) => targetLinkKey(link) === filters.target)),
  );
}
