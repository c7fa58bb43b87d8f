import { LOCALES, type Language } from './languages';

/** "2.2.2022" in Finnish, "2.2.2022" in Finland-Swedish, "02/02/2022" in English. */
export function formatDate(isoDate: string, language: Language): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? new Date(`${isoDate}T12:00:00`) : new Date(isoDate);
  return new Intl.DateTimeFormat(LOCALES[language], { day: 'numeric', month: 'numeric', year: 'numeric' }).format(date);
}

/** Date and time in the reader's time zone, e.g. "23.11.2026 klo 11.00". */
export function formatDateTime(isoDateTime: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'short', timeStyle: 'short' }).format(new Date(isoDateTime));
}

/** A number as the locale writes it: 13,4 in Finnish, 13.4 in English. */
export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 2 }).format(value);
}

/** A value with its unit; percentages follow the locale's spacing ("13,4 %"). */
export function formatQuantity(value: number, unit: string, language: Language): string {
  if (unit === '%') {
    return new Intl.NumberFormat(LOCALES[language], { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);
  }
  const number = formatNumber(value, language);
  return unit ? `${number}\u00a0${unit}` : number;
}
