/**
 * The spreadsheet a plan is exported to and imported from: one row per binding target, with these
 * Finnish headers in this order. The headers are data (the report's own vocabulary), not UI text, so
 * they stay Finnish whatever the reader's language.
 */
export const TRANSFER_COLUMNS = [
  { key: 'theme', header: 'Teema', width: 28 },
  { key: 'goal', header: 'Strateginen tavoite', width: 36 },
  { key: 'code', header: 'Sitova tavoite', width: 12 },
  { key: 'title', header: 'Tavoitteen nimi', width: 40 },
  { key: 'metric', header: 'Mittari', width: 32 },
  { key: 'baseline', header: 'Lähtötaso', width: 32 },
  { key: 'targetLevel', header: 'Tavoitetaso', width: 40 },
  { key: 'responsiblePersons', header: 'Vastuuhenkilö(t)', width: 24 },
  { key: 'reportingResponsible', header: 'Raportointivastuu', width: 20 },
  { key: 'keyActions', header: 'Keskeiset toimenpiteet', width: 60 },
  { key: 'metricStatus', header: 'Mittarien tilanne', width: 50 },
  { key: 'status', header: 'Tila', width: 18 },
  { key: 'statusCode', header: 'Tilakoodi', width: 12 },
] as const;

export type TransferColumn = (typeof TRANSFER_COLUMNS)[number];
export type TransferColumnKey = TransferColumn['key'];

/** The Finnish header of a column, e.g. "Sitova tavoite" for `code`. */
export function headerOf(key: TransferColumnKey): string {
  return TRANSFER_COLUMNS.find((column) => column.key === key)?.header ?? key;
}

/** Columns an imported file must have; the status may come from either `Tila` or `Tilakoodi`. */
export const REQUIRED_COLUMNS: readonly TransferColumnKey[] = ['theme', 'goal', 'code', 'title'];

/** Separates several responsible persons in one cell. */
export const PERSON_SEPARATOR = '; ';

/** The spreadsheet's column letter for a zero-based index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** A cell as a reader hands it over: CSV gives text, XLSX may also give numbers, dates and booleans. */
export type RawCell = string | number | boolean | Date | null | undefined;
/** A sheet's rows as read, the header first (row 1 of the spreadsheet is index 0). */
export type RawTable = readonly (readonly RawCell[])[];
