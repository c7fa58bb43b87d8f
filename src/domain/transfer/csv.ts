import Papa from 'papaparse';
import type { ImportProblem } from './problems';
import { problem } from './problems';

const BOM = '\uFEFF';

/** A cell Excel would run as a formula (CSV injection), so it is written as text with a leading apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;
const ESCAPED_FORMULA = /^'(?=[=+\-@\t\r])/;
/** Excel's way of keeping "12.12" text instead of turning it into 12 December: ="12.12". */
const TEXT_FORMULA = /^="([^"]*)"$/;

/** Cells Finnish Excel would otherwise read as a date or number (a target code such as 12.12 or 5.1). */
function protectCell(value: string, keepAsText: boolean): string {
  if (keepAsText && value !== '') return `="${value}"`;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * A sheet as CSV for Finnish Excel: UTF-8 with a byte-order mark, ";" between cells, CRLF line ends,
 * quotes only where needed. Formula-like text is prefixed with an apostrophe and the columns in
 * `textColumns` are written as ="…" so that Excel neither runs nor reinterprets them; `parseCsv` undoes both.
 */
export function serializeCsv(table: readonly (readonly string[])[], textColumns: readonly number[] = []): string {
  const protectedRows = table.map((row, rowIndex) =>
    row.map((cell, columnIndex) => protectCell(cell, rowIndex > 0 && textColumns.includes(columnIndex))),
  );
  return BOM + Papa.unparse(protectedRows, { delimiter: ';', newline: '\r\n', quotes: false }) + '\r\n';
}

/**
 * Reads a CSV file's bytes as text: UTF-8 (with or without BOM), UTF-16 with BOM, or else Windows-1252,
 * which is what Excel's plain "CSV" format writes on Finnish Windows. The BOM is removed.
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

/** The separator the header line uses: ";" (Finnish Excel), a tab, or ",". */
export function detectDelimiter(text: string): string {
  const firstLine = stripBom(text).split(/\r?\n/, 1)[0] ?? '';
  const outsideQuotes = firstLine.replace(/"[^"]*"/g, '');
  const counts = [';', '\t', ','].map((delimiter) => ({ delimiter, count: outsideQuotes.split(delimiter).length - 1 }));
  const best = counts.reduce((a, b) => (b.count > a.count ? b : a));
  return best.count > 0 ? best.delimiter : ';';
}

function unprotectCell(value: string): string {
  const text = TEXT_FORMULA.exec(value);
  if (text) return text[1] ?? '';
  return value.replace(ESCAPED_FORMULA, '');
}

/**
 * Parses CSV text into rows of cells (header first), whatever the separator (";", tab or ","),
 * with the BOM removed. Unbalanced quotes are reported with their spreadsheet row.
 */
export function parseCsv(text: string): { table: string[][]; problems: ImportProblem[] } {
  const source = stripBom(text);
  const result = Papa.parse<string[]>(source, { delimiter: detectDelimiter(source), skipEmptyLines: false });
  const problems = result.errors
    .filter((error) => error.type === 'Quotes')
    .map((error) => problem('csvQuotes', { row: (error.row ?? 0) + 1 }));
  const table = result.data.map((row) => row.map((cell) => unprotectCell(cell)));
  return { table, problems };
}
