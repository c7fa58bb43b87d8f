import type { Plan } from '../../domain/plan';
import { planDetailsSchema, type PlanDetails } from '../../domain/transfer';

/** The import form's fields as typed, all text. */
export interface PlanDetailsInput {
  title: string;
  organisation: string;
  sector: string;
  reportingYear: string;
  reportDate: string;
}

export type PlanDetailsField = keyof PlanDetailsInput;
export type PlanDetailsErrorCode = 'required' | 'reportingYear' | 'reportDate';

function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The title with its year changed ("Kasvatus ja oppiminen 2021" → "… 2022"), or the year appended. */
function titleForYear(plan: Plan, year: number): string {
  const old = String(plan.reportingYear);
  return plan.title.includes(old) ? plan.title.replace(old, String(year)) : `${plan.title} ${year}`;
}

/**
 * Prefills the form from the plan the page belongs to: the same organisation and sector, the year
 * named in the file's name (e.g. "kasvatus-2020.xlsx") or else the year after this plan's, and today.
 */
export function prefillPlanDetails(plan: Plan, fileName?: string): PlanDetailsInput {
  const yearInName = fileName ? /(?:^|\D)((?:19|20|21)\d{2})(?:\D|$)/.exec(fileName)?.[1] : undefined;
  const year = yearInName ? Number(yearInName) : plan.reportingYear + 1;
  return {
    title: titleForYear(plan, year),
    organisation: plan.organisation,
    sector: plan.sector,
    reportingYear: String(year),
    reportDate: today(),
  };
}

/** Checks the typed details with the plan's own schema; errors are per field. */
export function validatePlanDetails(
  input: PlanDetailsInput,
): { ok: true; details: PlanDetails } | { ok: false; errors: Partial<Record<PlanDetailsField, PlanDetailsErrorCode>> } {
  const year = input.reportingYear.trim();
  const parsed = planDetailsSchema.safeParse({
    title: input.title.trim(),
    organisation: input.organisation.trim(),
    sector: input.sector.trim(),
    reportingYear: /^\d{4}$/.test(year) ? Number(year) : Number.NaN,
    reportDate: input.reportDate,
  });
  if (parsed.success) return { ok: true, details: parsed.data };
  const errors: Partial<Record<PlanDetailsField, PlanDetailsErrorCode>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as PlanDetailsField;
    if (errors[field]) continue;
    if (field === 'reportingYear') errors[field] = year === '' ? 'required' : 'reportingYear';
    else if (field === 'reportDate') errors[field] = input.reportDate === '' ? 'required' : 'reportDate';
    else errors[field] = 'required';
  }
  return { ok: false, errors };
}
