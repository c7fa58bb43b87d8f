import type { Plan } from './plan';

/** Newest reporting year first, then the latest report; ties by id so every store orders alike. */
export function comparePlansNewestFirst(a: Plan, b: Plan): number {
  return b.reportingYear - a.reportingYear || b.reportDate.localeCompare(a.reportDate) || a.id.localeCompare(b.id);
}
