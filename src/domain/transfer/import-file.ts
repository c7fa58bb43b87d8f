import type { RawTable } from './columns';
import { decodeCsvBytes, parseCsv } from './csv';
import { checkFileSize, detectFileKind } from './file-check';
import { validateImportTable, type ImportResult } from './import-table';
import { compareProblems, problem, type ImportProblem } from './problems';
import { readXlsx } from './xlsx';

const refused = (found: ImportProblem): ImportResult => ({ ok: false, problems: [found], notes: [] });

/**
 * Reads an already-loaded file (its name and bytes) as a plan sheet and validates every row: the size,
 * the type by extension and content, then CSV (any encoding Excel writes, ";" or "," separated) or
 * XLSX (first worksheet). Never throws: an unreadable file is a problem in the result.
 */
export async function readImportFile(name: string, bytes: Uint8Array): Promise<ImportResult> {
  const sizeProblem = checkFileSize(bytes.byteLength);
  if (sizeProblem) return refused(sizeProblem);
  const detected = detectFileKind(name, bytes);
  if ('problem' in detected) return refused(detected.problem);

  let table: RawTable;
  let readProblems: ImportProblem[] = [];
  if (detected.kind === 'csv') {
    const parsed = parseCsv(decodeCsvBytes(bytes));
    table = parsed.table;
    readProblems = parsed.problems;
  } else {
    try {
      table = await readXlsx(bytes);
    } catch {
      return refused(problem('unreadable', {}, { name }));
    }
  }
  const result = validateImportTable(table);
  if (readProblems.length === 0) return result;
  return { ok: false, problems: [...readProblems, ...(result.ok ? [] : result.problems)].sort(compareProblems), notes: result.notes };
}
