/**
 * Reads a number as a Finnish (or English) user types it: "13,4", "1 234,5", "13.4", "-2".
 * Returns null for an empty field and NaN for anything that is not a number.
 */
export function parseNumberInput(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace('−', '-');
  if (compact === '') return null;
  if (!/^-?\d+([.,]\d+)?$/.test(compact)) return Number.NaN;
  return Number(compact.replace(',', '.'));
}

/** Writes a number for an input field the way the reader's locale does: 13,4 in Finnish. */
export function formatNumberInput(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 6, useGrouping: false }).format(value);
}
