import type { Language } from '../../i18n/languages';

/**
 * The plan's own column names ("Lähtötaso v:n 2019 loppu") are Finnish data: a Finnish reader sees them as the
 * official report prints them, others see the translated term with the plan's wording beside it.
 */
export function planColumnLabel(generic: string, planLabel: string, language: Language): string {
  if (planLabel.trim() === '') return generic;
  return language === 'fi' ? planLabel : `${generic} (${planLabel})`;
}

/** "Keskeiset toimenpiteet 1.1. - 31.12.2021": the period is dates, so it reads the same in every language. */
export function periodColumnLabel(generic: string, periodLabel: string): string {
  return periodLabel.trim() === '' ? generic : `${generic} ${periodLabel}`;
}
