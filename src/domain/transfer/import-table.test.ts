import { describe, expect, it } from 'vitest';
import { vantaa2021 } from '../../../mocks/seed/vantaa-2021';
import { TEXT_MAX_LENGTH, TITLE_MAX_LENGTH } from '../target';
import { TRANSFER_COLUMNS, type TransferColumnKey } from './columns';
import { planDataToTable } from './export-rows';
import { ACCEPTED_STATUS_WORDS, validateImportTable, type ImportResult } from './import-table';
import type { ImportProblem } from './problems';

const indexOf = (key: TransferColumnKey) => TRANSFER_COLUMNS.findIndex((column) => column.key === key);

/** The Vantaa plan as a sheet (header = row 1, 5.1 = row 2 … 17.1 = row 9), changed by `edit`. */
function sheet(edit: (table: string[][]) => void = () => {}): string[][] {
  const table = planDataToTable(vantaa2021);
  edit(table);
  return table;
}
function setCell(table: string[][], row: number, key: TransferColumnKey, value: string) {
  const cells = table[row - 1];
  if (!cells) throw new Error(`No row ${row}`);
  cells[indexOf(key)] = value;
}
function removeColumn(table: string[][], key: TransferColumnKey) {
  for (const row of table) row.splice(indexOf(key), 1);
}
function problemsOf(result: ImportResult): ImportProblem[] {
  if (result.ok) throw new Error('Expected problems, but the sheet was valid');
  return result.problems;
}
const brief = (found: ImportProblem) => ({ code: found.code, row: found.row, column: found.column, letter: found.columnLetter });

describe('validating an imported sheet', () => {
  it('accepts the exported plan and counts its themes, goals, targets and statuses', () => {
    const result = validateImportTable(sheet());
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.summary).toEqual({ themes: 4, goals: 5, targets: 8, byStatus: { fully: 6, partially: 1, notAtAll: 1, notAssessed: 0 } });
    expect(result.rows.map((row) => row.row)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    expect(result.notes).toEqual([]);
  });

  it('reports an unknown status word with the word, the accepted words, its row and column', () => {
    const problems = problemsOf(validateImportTable(sheet((table) => setCell(table, 4, 'status', 'Melkein valmis'))));
    expect(problems.map(brief)).toEqual([{ code: 'unknownStatus', row: 4, column: 'Tila', letter: 'L' }]);
    expect(problems[0]?.params).toMatchObject({ word: 'Melkein valmis', accepted: ACCEPTED_STATUS_WORDS });
    expect(ACCEPTED_STATUS_WORDS).toBe('Toteutuu täysin, Toteutuu osittain, Ei toteudu lainkaan, Ei arvioitu');
  });

  it('reads status words leniently ("toteutuu täysin", "Täysin", "fully") but never guesses a near miss', () => {
    const lenient = validateImportTable(
      sheet((table) => {
        for (const row of [2, 3, 4]) setCell(table, row, 'statusCode', '');
        setCell(table, 2, 'status', 'toteutuu täysin');
        setCell(table, 3, 'status', 'Täysin');
        setCell(table, 4, 'status', 'fully');
      }),
    );
    expect(lenient.ok).toBe(true);
    const nearMiss = validateImportTable(
      sheet((table) => {
        setCell(table, 2, 'statusCode', '');
        setCell(table, 2, 'status', 'Toteutu täysin');
      }),
    );
    expect(problemsOf(nearMiss).map(brief)).toEqual([{ code: 'unknownStatus', row: 2, column: 'Tila', letter: 'L' }]);
  });

  it('reports an unknown status code, and a word and code that disagree', () => {
    const problems = problemsOf(
      validateImportTable(
        sheet((table) => {
          setCell(table, 2, 'statusCode', 'done');
          setCell(table, 3, 'status', 'Ei toteudu lainkaan');
        }),
      ),
    );
    expect(problems.map(brief)).toEqual([
      { code: 'unknownStatusCode', row: 2, column: 'Tilakoodi', letter: 'M' },
      { code: 'statusMismatch', row: 3, column: 'Tila', letter: 'L' },
    ]);
    expect(problems[1]?.params).toMatchObject({ word: 'Ei toteudu lainkaan', code: 'fully' });
  });

  it('reads the status from Tilakoodi alone, and reports a row with no status at all', () => {
    const codeOnly = validateImportTable(sheet((table) => removeColumn(table, 'status')));
    expect(codeOnly.ok && codeOnly.summary.byStatus).toEqual({ fully: 6, partially: 1, notAtAll: 1, notAssessed: 0 });
    const missing = problemsOf(
      validateImportTable(
        sheet((table) => {
          setCell(table, 5, 'status', '');
          setCell(table, 5, 'statusCode', '');
        }),
      ),
    );
    expect(missing.map(brief)).toEqual([{ code: 'missingStatus', row: 5, column: 'Tila', letter: 'L' }]);
  });

  it('reports a duplicate target code on the later row, naming the first', () => {
    const problems = problemsOf(validateImportTable(sheet((table) => setCell(table, 7, 'code', '12.4'))));
    expect(problems.map(brief)).toEqual([{ code: 'duplicateCode', row: 7, column: 'Sitova tavoite', letter: 'C' }]);
    expect(problems[0]?.params).toMatchObject({ code: '12.4', firstRow: 5 });
  });

  it('reports a missing required column once, on the header row', () => {
    const problems = problemsOf(validateImportTable(sheet((table) => removeColumn(table, 'code'))));
    expect(problems.map(brief)).toEqual([{ code: 'missingColumn', row: 1, column: 'Sitova tavoite', letter: null }]);
  });

  it('reports a sheet with neither Tila nor Tilakoodi', () => {
    const problems = problemsOf(
      validateImportTable(
        sheet((table) => {
          removeColumn(table, 'statusCode');
          removeColumn(table, 'status');
        }),
      ),
    );
    expect(problems.map((found) => found.code)).toEqual(['missingStatusColumn']);
  });

  it('imports without the optional columns and says which fields stay empty', () => {
    const result = validateImportTable(sheet((table) => removeColumn(table, 'reportingResponsible')));
    expect(result.ok).toBe(true);
    expect(result.notes).toEqual([{ code: 'optionalColumnMissing', column: 'Raportointivastuu' }]);
  });

  it('reports a column that appears twice and ignores unknown columns', () => {
    const result = validateImportTable(
      sheet((table) => {
        table.forEach((row, index) => row.push(index === 0 ? 'Tila' : 'Toteutuu täysin', index === 0 ? 'Muistiinpanot' : 'x'));
      }),
    );
    expect(problemsOf(result).map(brief)).toEqual([{ code: 'duplicateColumn', row: 1, column: 'Tila', letter: 'N' }]);
    expect(result.notes).toEqual([{ code: 'unknownColumnIgnored', column: 'Muistiinpanot' }]);
  });

  it('reports text over the length limits with the limit and the actual length', () => {
    const problems = problemsOf(
      validateImportTable(
        sheet((table) => {
          setCell(table, 2, 'keyActions', 'a'.repeat(TEXT_MAX_LENGTH + 1));
          setCell(table, 3, 'title', 'b'.repeat(TITLE_MAX_LENGTH + 5));
          setCell(table, 4, 'responsiblePersons', `Katri Kalske; ${'c'.repeat(201)}`);
        }),
      ),
    );
    expect(problems.map(brief)).toEqual([
      { code: 'tooLong', row: 2, column: 'Keskeiset toimenpiteet', letter: 'J' },
      { code: 'tooLong', row: 3, column: 'Tavoitteen nimi', letter: 'D' },
      { code: 'tooLong', row: 4, column: 'Vastuuhenkilö(t)', letter: 'H' },
    ]);
    expect(problems.map((found) => found.params)).toMatchObject([
      { limit: TEXT_MAX_LENGTH, length: TEXT_MAX_LENGTH + 1 },
      { limit: TITLE_MAX_LENGTH, length: TITLE_MAX_LENGTH + 5 },
      { limit: 200, length: 201 },
    ]);
  });

  it('accepts text exactly at the limit', () => {
    const result = validateImportTable(sheet((table) => setCell(table, 2, 'keyActions', 'a'.repeat(TEXT_MAX_LENGTH))));
    expect(result.ok).toBe(true);
  });

  it('reports an invalid target code and an empty required cell', () => {
    const problems = problemsOf(
      validateImportTable(
        sheet((table) => {
          setCell(table, 2, 'code', '12,4');
          setCell(table, 3, 'code', 'A.1');
          setCell(table, 4, 'title', '   ');
          setCell(table, 5, 'theme', '');
        }),
      ),
    );
    expect(problems.map(brief)).toEqual([
      { code: 'invalidCode', row: 2, column: 'Sitova tavoite', letter: 'C' },
      { code: 'invalidCode', row: 3, column: 'Sitova tavoite', letter: 'C' },
      { code: 'required', row: 4, column: 'Tavoitteen nimi', letter: 'D' },
      { code: 'required', row: 5, column: 'Teema', letter: 'A' },
    ]);
    expect(problems[0]?.params).toMatchObject({ value: '12,4' });
  });

  it('reports a strategic goal without a number, or written two ways', () => {
    const problems = problemsOf(
      validateImportTable(
        sheet((table) => {
          setCell(table, 2, 'goal', 'Hyödynnämme rohkeasti kaupunkikeskusten kehittämismahdollisuudet');
          setCell(table, 6, 'goal', '12. Hyvinvointierot kasvavat');
          setCell(table, 7, 'theme', 'Olemme edelläkävijöitä palvelujen kehittämisessä');
        }),
      ),
    );
    expect(problems.map(brief)).toEqual([
      { code: 'invalidGoal', row: 2, column: 'Strateginen tavoite', letter: 'B' },
      { code: 'goalTitleConflict', row: 6, column: 'Strateginen tavoite', letter: 'B' },
      { code: 'goalThemeConflict', row: 7, column: 'Strateginen tavoite', letter: 'B' },
    ]);
    expect(problems[1]?.params).toMatchObject({ number: '12', firstRow: 4, first: 'Hyvinvointierot vähenevät' });
  });

  it('lists EVERY problem of the file, in row order', () => {
    const problems = problemsOf(
      validateImportTable(
        sheet((table) => {
          setCell(table, 9, 'status', 'Valmis');
          setCell(table, 3, 'code', '5.1');
          setCell(table, 6, 'metricStatus', 'x'.repeat(TEXT_MAX_LENGTH + 1));
        }),
      ),
    );
    expect(problems.map((found) => [found.row, found.code])).toEqual([
      [3, 'duplicateCode'],
      [6, 'tooLong'],
      [9, 'unknownStatus'],
    ]);
  });

  it('numbers rows as the spreadsheet does, skipping blank rows but not renumbering', () => {
    const table = sheet();
    table.splice(3, 0, ['', '', ''], []);
    setCell(table, 6, 'status', 'Tuntematon');
    const problems = problemsOf(validateImportTable(table));
    expect(problems.map((found) => found.row)).toEqual([6]);
    expect(table[5]?.[2]).toBe('12.3');
  });

  it('refuses an empty file and a file with only the header row', () => {
    expect(problemsOf(validateImportTable([])).map(brief)).toEqual([{ code: 'emptyFile', row: null, column: null, letter: null }]);
    expect(problemsOf(validateImportTable([['', '']])).map((found) => found.code)).toEqual(['emptyFile']);
    expect(problemsOf(validateImportTable(sheet((table) => table.splice(1)))).map((found) => found.code)).toEqual(['emptyFile']);
  });

  it('reads XLSX cells: numbers with a decimal comma in text, a code typed as a number, a code Excel made a date', () => {
    const table: (string | number | Date | null)[][] = sheet();
    const row = table[1];
    if (!row) throw new Error('No row 2');
    row[indexOf('baseline')] = 13.4;
    row[indexOf('code')] = 5.1;
    row[indexOf('reportingResponsible')] = null;
    const result = validateImportTable(table);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.rows[0]?.target).toMatchObject({ code: '5.1', baseline: '13,4', reportingResponsible: null });

    const dated = sheet();
    const datedTable: (string | Date)[][] = dated;
    const datedRow = datedTable[6];
    if (!datedRow) throw new Error('No row 7');
    datedRow[indexOf('code')] = new Date(Date.UTC(2022, 11, 12));
    const problems = problemsOf(validateImportTable(datedTable));
    expect(problems.map(brief)).toEqual([{ code: 'codeIsDate', row: 7, column: 'Sitova tavoite', letter: 'C' }]);
    expect(problems[0]?.params).toMatchObject({ value: '12.12.2022' });
  });

  it('accepts header names regardless of case and spacing, and persons on separate lines', () => {
    const result = validateImportTable(
      sheet((table) => {
        const header = table[0];
        if (header) header[indexOf('responsiblePersons')] = ' vastuuhenkilöt ';
        setCell(table, 6, 'responsiblePersons', 'Timo Aronkytö\nKatri Kalske');
      }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.rows[4]?.target.responsiblePersons).toEqual(['Timo Aronkytö', 'Katri Kalske']);
  });
});
