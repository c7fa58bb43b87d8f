import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, detectDelimiter, parseCsv, serializeCsv } from './csv';

describe('CSV for Finnish Excel', () => {
  it('starts with a BOM, separates cells with ";" and ends lines with CRLF', () => {
    const csv = serializeCsv([
      ['Teema', 'Tila'],
      ['Hyvinvointi', 'Toteutuu täysin'],
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toBe('\uFEFFTeema;Tila\r\nHyvinvointi;Toteutuu täysin\r\n');
  });

  it('quotes only the cells that need it: separators, quotes and line breaks', () => {
    const csv = serializeCsv([['a;b', 'sanoi "kyllä"', 'rivi 1\n\nrivi 2', 'tavallinen']]);
    expect(csv).toBe('\uFEFF"a;b";"sanoi ""kyllä""";"rivi 1\n\nrivi 2";tavallinen\r\n');
  });

  it('keeps target codes as text (="12.12") so Excel does not turn them into dates, and undoes it on reading', () => {
    const csv = serializeCsv(
      [
        ['Sitova tavoite', 'Lähtötaso'],
        ['12.12', '13,4 %'],
      ],
      [0],
    );
    expect(csv).toContain('\r\n"=""12.12""";13,4 %\r\n');
    expect(parseCsv(csv).table[1]).toEqual(['12.12', '13,4 %']);
  });

  it('writes formula-like text with a leading apostrophe so Excel does not run it, and reads it back unchanged', () => {
    const table = [['=HYPERLINK("x")', '+358 9 123', '-10 %', '@nimi', 'tavallinen']];
    const csv = serializeCsv(table);
    expect(csv).toContain(`'-10 %`);
    expect(csv).not.toMatch(/(^|;)"?=HYPERLINK/m);
    expect(parseCsv(csv).table[0]).toEqual(table[0]);
  });

  it('reads ";", tab and "," separated files and strips the BOM', () => {
    expect(detectDelimiter('\uFEFFTeema;Tila\r\nx;y')).toBe(';');
    expect(detectDelimiter('Teema\tTila\nx\ty')).toBe('\t');
    expect(detectDelimiter('Teema,Tila\nx,y')).toBe(',');
    expect(detectDelimiter('"Teema, alue";Tila')).toBe(';');
    expect(parseCsv('\uFEFFTeema;Tila\r\nx;"y;z"\r\n').table).toEqual([['Teema', 'Tila'], ['x', 'y;z'], ['']]);
    expect(parseCsv('Teema,Tila\nx,y').table).toEqual([['Teema', 'Tila'], ['x', 'y']]);
  });

  it('decodes UTF-8 with or without BOM, UTF-16 and Windows-1252 (Excel\'s plain CSV)', () => {
    const utf8 = new TextEncoder().encode('\uFEFFLähtötaso;Tila');
    expect(decodeCsvBytes(utf8)).toBe('Lähtötaso;Tila');
    expect(decodeCsvBytes(new TextEncoder().encode('Ähtäri'))).toBe('Ähtäri');
    const latin = Uint8Array.from([0x4c, 0xe4, 0x68, 0x74, 0xf6, 0x74, 0x61, 0x73, 0x6f]);
    expect(decodeCsvBytes(latin)).toBe('Lähtötaso');
    const utf16 = Uint8Array.from([0xff, 0xfe, 0x54, 0x00, 0xe4, 0x00]);
    expect(decodeCsvBytes(utf16)).toBe('Tä');
  });

  it('reports an unclosed quote with its spreadsheet row', () => {
    const { problems } = parseCsv('Teema;Tila\nx;y\n"auki;z\n');
    expect(problems).toEqual([expect.objectContaining({ code: 'csvQuotes', row: 3 })]);
  });
});
