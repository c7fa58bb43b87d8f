import type { ProjectPeriod } from '../../domain/project';
import { formatDate } from '../../i18n/format';
import { LOCALES, type Language } from '../../i18n/languages';

/** Whole euros as the locale writes them: "309 792 €" in Finnish, "€309,792" in English. */
export function formatEuros(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(value);
}

/** "1.9.2019–31.8.2021"; an end known only to the year is shown as the year ("2019–2021"). */
export function formatPeriod(period: ProjectPeriod, language: Language): string {
  const start = period.startPrecision === 'year' ? period.start.slice(0, 4) : formatDate(period.start, language);
  const end = period.endPrecision === 'year' ? period.end.slice(0, 4) : formatDate(period.end, language);
  return `${start}–${end}`;
}

/** Today in the reader's own time zone, as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
