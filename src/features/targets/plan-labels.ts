import type { Plan } from '../../domain/plan';
import type { Language } from '../../i18n/languages';

/**
 * The plan's own column names ("Lähtötaso v:n 2019 loppu") are Finnish data: a Finnish reader sees them
 * as the report prints them, others see the translated term with the plan's wording beside it.
 */
export function planColumnLabel(generic: string, planLabel: string, language: Language): string {
  if (planLabel.trim() === '') return generic;
  return language === 'fi' ? planLabel : `${generic} (${planLabel})`;
}

export function baselineLabel(plan: Plan, generic: string, language: Language): string {
  return planColumnLabel(generic, plan.baselineLabel, language);
}

export function targetLevelLabel(plan: Plan, generic: string, language: Language): string {
  return planColumnLabel(generic, plan.targetLevelLabel, language);
}
