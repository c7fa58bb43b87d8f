import { describe, expect, it } from 'vitest';
import { checkFileSize, detectFileKind, MAX_IMPORT_FILE_BYTES } from './file-check';

const text = (value: string) => new TextEncoder().encode(value);
const ZIP = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
const PDF = text('%PDF-1.7\n%âãÏÓ\n');

describe('checking an imported file before and after reading it', () => {
  it('refuses a file over 20 MB from its size alone, and accepts one at the limit', () => {
    expect(MAX_IMPORT_FILE_BYTES).toBe(20 * 1024 * 1024);
    expect(checkFileSize(MAX_IMPORT_FILE_BYTES + 1)).toMatchObject({ code: 'fileTooLarge', row: null, params: { size: MAX_IMPORT_FILE_BYTES + 1, limit: MAX_IMPORT_FILE_BYTES } });
    expect(checkFileSize(MAX_IMPORT_FILE_BYTES)).toBeNull();
  });

  it('refuses an empty (0-byte) file', () => {
    expect(checkFileSize(0)).toMatchObject({ code: 'emptyFile' });
  });

  it('refuses a .pdf, a .txt, an old .xls and a name without an extension by the name', () => {
    for (const [name, extension] of [
      ['raportti.pdf', '.pdf'],
      ['tavoitteet.txt', '.txt'],
      ['tavoitteet.xls', '.xls'],
      ['tavoitteet', '–'],
    ] as const) {
      expect(detectFileKind(name, text('Teema;Tila'))).toEqual({ problem: expect.objectContaining({ code: 'wrongFileType', params: { name, extension } }) });
    }
  });

  it('refuses a PDF or a workbook renamed to .csv, and a .xlsx that is not a workbook, by the content', () => {
    expect(detectFileKind('raportti.csv', PDF)).toEqual({ problem: expect.objectContaining({ code: 'wrongContent', params: { name: 'raportti.csv', expected: 'CSV' } }) });
    expect(detectFileKind('taulukko.csv', ZIP)).toEqual({ problem: expect.objectContaining({ code: 'wrongContent' }) });
    expect(detectFileKind('binaari.csv', Uint8Array.from([0x41, 0x00, 0x42]))).toEqual({ problem: expect.objectContaining({ code: 'wrongContent' }) });
    expect(detectFileKind('taulukko.xlsx', text('Teema;Tila'))).toEqual({ problem: expect.objectContaining({ code: 'wrongContent', params: { name: 'taulukko.xlsx', expected: 'XLSX' } }) });
  });

  it('accepts CSV text (also UTF-16 with a BOM) and a zip-packed .xlsx, whatever the case of the extension', () => {
    expect(detectFileKind('tavoitteet.csv', text('Teema;Tila'))).toEqual({ kind: 'csv' });
    expect(detectFileKind('TAVOITTEET.CSV', Uint8Array.from([0xff, 0xfe, 0x54, 0x00]))).toEqual({ kind: 'csv' });
    expect(detectFileKind('tavoitteet.XLSX', ZIP)).toEqual({ kind: 'xlsx' });
  });
});
