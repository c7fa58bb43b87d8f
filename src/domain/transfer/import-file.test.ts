import { describe, expect, it } from 'vitest';
import { vantaa2021 } from '../../../mocks/seed/vantaa-2021';
import { serializeCsv } from './csv';
import { planDataToTable } from './export-rows';
import { readImportFile } from './import-file';
import type { ImportResult } from './import-table';

const encode = (text: string) => new TextEncoder().encode(text);
const codesOf = (result: ImportResult) => (result.ok ? [] : result.problems.map((found) => found.code));

describe('reading an imported file from its bytes', () => {
  it('refuses a .txt or .pdf file by name and a PDF named .csv by content', async () => {
    expect(codesOf(await readImportFile('tavoitteet.txt', encode('Teema;Tila')))).toEqual(['wrongFileType']);
    expect(codesOf(await readImportFile('raportti.pdf', encode('%PDF-1.7')))).toEqual(['wrongFileType']);
    expect(codesOf(await readImportFile('raportti.csv', encode('%PDF-1.7\n...')))).toEqual(['wrongContent']);
  });

  it('refuses an empty file, and a CSV with only a BOM or a header', async () => {
    expect(codesOf(await readImportFile('tyhja.csv', new Uint8Array()))).toEqual(['emptyFile']);
    expect(codesOf(await readImportFile('tyhja.csv', encode('\uFEFF\r\n')))).toEqual(['emptyFile']);
    expect(codesOf(await readImportFile('otsikot.csv', encode('\uFEFFTeema;Strateginen tavoite;Sitova tavoite;Tavoitteen nimi;Tila\r\n')))).toEqual(['emptyFile']);
  });

  it('refuses a .xlsx that exceljs cannot open', async () => {
    const result = await readImportFile('rikki.xlsx', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 9, 9, 9, 9]));
    expect(result).toMatchObject({ ok: false, problems: [{ code: 'unreadable', params: { name: 'rikki.xlsx' } }] });
  });

  it('reads a comma-separated Windows-1252 file as Excel saves it', async () => {
    const table = planDataToTable(vantaa2021).slice(0, 2).map((row) => row.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(','));
    const bytes = Uint8Array.from([...table.join('\r\n')].map((char) => char.charCodeAt(0)));
    expect(bytes.every((byte) => byte < 256)).toBe(true);
    const result = await readImportFile('vanha.csv', bytes);
    expect(result.ok && result.rows[0]?.target.baseline).toBe('Suunnitelmaa ei ole.');
    expect(result.ok && result.rows[0]?.theme).toBe('Tiivistämme kaupunkia lähiluontoa vaalien');
  });

  it('lists a broken quote together with the row problems, in row order', async () => {
    const csv = serializeCsv(planDataToTable(vantaa2021)).replace('Toteutuu osittain', 'Puolittain') + '"kesken;auki\r\n';
    const result = await readImportFile('rikki.csv', encode(csv));
    expect(result.ok ? [] : result.problems.map((found) => [found.row, found.code])).toEqual([
      [5, 'unknownStatus'],
      [10, 'csvQuotes'],
      [10, 'required'],
      [10, 'required'],
      [10, 'required'],
      [10, 'missingStatus'],
    ]);
  });
});
