import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { vantaa2021 } from '../../../mocks/seed/vantaa-2021';
import { planDataToTable } from './export-rows';
import { readXlsx, writeXlsx } from './xlsx';

async function openWorkbook(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('No worksheet');
  return sheet;
}

describe('XLSX export', () => {
  it('writes the same rows with a bold, frozen header row, wrapped text and column widths', async () => {
    const table = planDataToTable(vantaa2021);
    const sheet = await openWorkbook(await writeXlsx(table));
    expect(sheet.name).toBe('Sitovat tavoitteet');
    expect(sheet.rowCount).toBe(9);
    expect(sheet.getRow(1).getCell(1).value).toBe('Teema');
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.getRow(2).getCell(1).font?.bold).toBeFalsy();
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(7).getCell(10).alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(sheet.getColumn(10).width).toBe(60);
    expect(sheet.getColumn(3).width).toBe(12);
    // Codes are text cells (not numbers or dates) in a text-formatted column.
    expect(sheet.getRow(7).getCell(3).value).toBe('12.12');
    expect(sheet.getColumn(3).numFmt).toBe('@');
  });

  it('reads back exactly the cells it wrote, line breaks included', async () => {
    const table = planDataToTable(vantaa2021);
    expect(await readXlsx(await writeXlsx(table))).toEqual(table);
  });

  it('reads rich text, formulas and hyperlinks as their text, and numbers and dates as values', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Oma');
    sheet.addRow(['Teema', 'Lähtötaso', 'Mittari', 'Tavoitetaso', 'Sitova tavoite', 'Tila']);
    sheet.addRow([
      { richText: [{ text: 'Edistämme ', font: { bold: true } }, { text: 'hyvinvointia' }] },
      { formula: 'A1', result: 'Laskettu' },
      { text: 'Linkki', hyperlink: 'https://example.org' },
      13.4,
      new Date(Date.UTC(2022, 11, 12)),
      null,
    ]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const rows = await readXlsx(bytes);
    expect(rows[1]?.slice(0, 5)).toEqual(['Edistämme hyvinvointia', 'Laskettu', 'Linkki', 13.4, new Date(Date.UTC(2022, 11, 12))]);
  });

  it('throws on bytes that are not a workbook', async () => {
    await expect(readXlsx(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).rejects.toThrow();
  });
});
