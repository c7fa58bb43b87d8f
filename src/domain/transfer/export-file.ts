import type { PlanData } from '../plan-data';
import { TRANSFER_COLUMNS } from './columns';
import { serializeCsv } from './csv';
import { planDataToTable } from './export-rows';
import { writeXlsx } from './xlsx';

const CODE_COLUMN = TRANSFER_COLUMNS.findIndex((column) => column.key === 'code');

/** The plan as CSV text for Finnish Excel (BOM, ";", CRLF; codes kept as text). */
export function planDataToCsv(data: PlanData): string {
  return serializeCsv(planDataToTable(data), [CODE_COLUMN]);
}

/** The plan as an XLSX workbook's bytes; loads exceljs on first use. */
export function planDataToXlsx(data: PlanData): Promise<Uint8Array<ArrayBuffer>> {
  return writeXlsx(planDataToTable(data));
}
