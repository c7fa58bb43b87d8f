import { describe, expect, it } from 'vitest';
import { vantaa2021 } from '../../../mocks/seed/vantaa-2021';
import { en } from '../../i18n/en';
import { fi } from '../../i18n/fi';
import { sv } from '../../i18n/sv';
import { TEXT_MAX_LENGTH } from '../target';
import { TRANSFER_COLUMNS, type TransferColumnKey } from './columns';
import { planDataToTable } from './export-rows';
import { checkFileSize, detectFileKind } from './file-check';
import { readImportFile } from './import-file';
import { validateImportTable } from './import-table';
import { IMPORT_PROBLEM_CODES, type ImportProblem } from './problems';

const col = (key: TransferColumnKey) => TRANSFER_COLUMNS.findIndex((column) => column.key === key);
const placeholders = (message: string) => [...message.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]);
const problemsOf = (result: { ok: boolean; problems?: ImportProblem[] }) => result.problems ?? [];

/** At least one real problem of every kind, as the validators produce them. */
async function sampleProblems(): Promise<ImportProblem[]> {
  const found: ImportProblem[] = [];
  const push = (problem: ImportProblem | null) => problem && found.push(problem);
  push(checkFileSize(21 * 1024 * 1024));
  push(checkFileSize(0));
  for (const [name, bytes] of [
    ['a.pdf', [0x25]],
    ['a.csv', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ] as const) {
    const detected = detectFileKind(name, Uint8Array.from(bytes));
    if ('problem' in detected) push(detected.problem);
  }
  found.push(...problemsOf(await readImportFile('rikki.xlsx', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1]))));
  found.push(...problemsOf(await readImportFile('lainaus.csv', new TextEncoder().encode('Teema;Tila\n"auki;x\n'))));
  const header = planDataToTable(vantaa2021)[0] ?? [];
  found.push(...problemsOf(validateImportTable([header.filter((_, index) => ![col('code'), col('status'), col('statusCode')].includes(index)), ['x']])));
  const table = planDataToTable(vantaa2021);
  table[0]?.push('Tila');
  const set = (row: number, key: TransferColumnKey, value: string) => {
    const cells = table[row - 1];
    if (cells) cells[col(key)] = value;
  };
  set(2, 'title', '');
  set(3, 'keyActions', 'x'.repeat(TEXT_MAX_LENGTH + 1));
  set(4, 'responsiblePersons', Array.from({ length: 51 }, (_, index) => `Henkilö ${index}`).join('; '));
  set(5, 'code', 'x');
  set(6, 'code', '5.1');
  set(7, 'status', 'Ehkä');
  set(7, 'statusCode', 'maybe');
  set(8, 'status', 'Ei arvioitu');
  set(9, 'status', '');
  set(9, 'statusCode', '');
  set(2, 'goal', 'Ilman numeroa');
  set(5, 'goal', '12. Toisin');
  set(7, 'theme', 'Toinen teema');
  found.push(...problemsOf(validateImportTable(table)));
  const dated: (string | Date)[][] = planDataToTable(vantaa2021);
  const datedRow = dated[1];
  if (datedRow) datedRow[col('code')] = new Date(Date.UTC(2022, 0, 5));
  found.push(...problemsOf(validateImportTable(dated)));
  found.push({ code: 'invalid', row: 2, column: null, columnKey: null, columnLetter: null, params: {} });
  return found;
}

describe('import problem messages', () => {
  it('has a sentence for every problem in Finnish, Swedish and English', () => {
    for (const messages of [fi, sv, en]) {
      expect(Object.keys(messages.transfer.problems).sort()).toEqual([...IMPORT_PROBLEM_CODES].sort());
    }
  });

  it('gets every value its sentence names, for every kind of problem the validators produce', async () => {
    const problems = await sampleProblems();
    expect([...new Set(problems.map((found) => found.code))].sort()).toEqual([...IMPORT_PROBLEM_CODES].sort());
    for (const found of problems) {
      for (const messages of [fi, sv, en]) {
        for (const name of placeholders(messages.transfer.problems[found.code])) {
          expect(found.params, `${found.code} needs {{${name}}}`).toHaveProperty(name as string);
        }
      }
    }
  });
});
