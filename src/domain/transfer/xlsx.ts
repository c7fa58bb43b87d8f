import type * as ExcelJsModule from 'exceljs';
import type { CellValue, Workbook } from 'exceljs';
import { TRANSFER_COLUMNS } from './columns';
import type { RawCell } from './columns';

type ExcelJs = typeof ExcelJsModule;

/**
 * exceljs is large, so it is loaded only when someone exports or imports an XLSX file: it never enters
 * the first view. Its CommonJS build has only a default export in Node and named ones after bundling.
 */
async function loadExcelJs(): Promise<ExcelJs> {
  const module = (await import('exceljs')) as ExcelJs & { default?: ExcelJs };
  return module.default ?? module;
}

const SHEET_NAME = 'Sitovat tavoitteet';
const CODE_COLUMN = TRANSFER_COLUMNS.findIndex((column) => column.key === 'code') + 1;

/**
 * Writes a sheet (header first) as an XLSX workbook: a bold, frozen header row, wrapped text aligned
 * to the top, column widths for the transfer columns, and the code column formatted as text so Excel
 * does not turn 12.12 into a date when someone edits it. Pure apart from loading exceljs.
 */
export async function writeXlsx(table: readonly (readonly string[])[]): Promise<Uint8Array<ArrayBuffer>> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tavoitevahti';
  const sheet = workbook.addWorksheet(SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = TRANSFER_COLUMNS.map((column) => ({ key: column.key, width: column.width }));
  for (const row of table) sheet.addRow([...row]);
  sheet.eachRow((row) => {
    row.alignment = { wrapText: true, vertical: 'top' };
  });
  sheet.getRow(1).font = { bold: true };
  sheet.getColumn(CODE_COLUMN).numFmt = '@';
  const width = table[0]?.length ?? 0;
  if (width > 0 && table.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: width } };
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function rawCell(value: CellValue): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) return rawCell((value.result ?? null) as CellValue);
  if ('text' in value) return typeof value.text === 'string' ? value.text : rawCell(value.text as CellValue);
  return null;
}

/** Reads the first worksheet of an XLSX file into rows of cells (row 1 first). Throws when the file is not a readable workbook. */
export async function readXlsx(bytes: Uint8Array): Promise<RawCell[][]> {
  const ExcelJS = await loadExcelJs();
  const workbook: Workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const table: RawCell[][] = [];
  for (let rowNumber = 1; rowNumber <= sheet.rowCount; rowNumber += 1) {
    const row = sheet.getRow(rowNumber);
    const cells: RawCell[] = [];
    for (let columnNumber = 1; columnNumber <= row.cellCount; columnNumber += 1) {
      cells.push(rawCell(row.getCell(columnNumber).value));
    }
    table.push(cells);
  }
  return table;
}
