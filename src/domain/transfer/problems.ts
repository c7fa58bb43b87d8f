import type { TransferColumnKey } from './columns';

/** Why an imported file (or one of its cells) was refused; the UI turns the code into a sentence. */
export const IMPORT_PROBLEM_CODES = [
  'fileTooLarge',
  'wrongFileType',
  'wrongContent',
  'unreadable',
  'emptyFile',
  'csvQuotes',
  'missingColumn',
  'missingStatusColumn',
  'duplicateColumn',
  'required',
  'tooLong',
  'tooManyPersons',
  'invalidCode',
  'codeIsDate',
  'duplicateCode',
  'unknownStatus',
  'unknownStatusCode',
  'statusMismatch',
  'missingStatus',
  'invalidGoal',
  'goalTitleConflict',
  'goalThemeConflict',
  'invalid',
] as const;
export type ImportProblemCode = (typeof IMPORT_PROBLEM_CODES)[number];

export type ProblemParams = Record<string, string | number>;

export interface ImportProblem {
  code: ImportProblemCode;
  /** The spreadsheet's row number (the header is row 1), or null for the file as a whole. */
  row: number | null;
  /** The column's header as the file has it (or as it should be), or null when no column is concerned. */
  column: string | null;
  columnKey: TransferColumnKey | null;
  /** The column's letter in the spreadsheet (A, B, …) when the file has that column. */
  columnLetter: string | null;
  params: ProblemParams;
}

/** Something the user should know that does not stop the import. */
export type ImportNoteCode = 'optionalColumnMissing' | 'unknownColumnIgnored';

export interface ImportNote {
  code: ImportNoteCode;
  column: string;
}

export function problem(
  code: ImportProblemCode,
  where: Partial<Pick<ImportProblem, 'row' | 'column' | 'columnKey' | 'columnLetter'>> = {},
  params: ProblemParams = {},
): ImportProblem {
  return { code, row: where.row ?? null, column: where.column ?? null, columnKey: where.columnKey ?? null, columnLetter: where.columnLetter ?? null, params };
}

/** File-level problems first, then by row and column, so the list reads like the sheet. */
export function compareProblems(a: ImportProblem, b: ImportProblem): number {
  return (a.row ?? 0) - (b.row ?? 0) || (a.columnLetter ?? '').length - (b.columnLetter ?? '').length || (a.columnLetter ?? '').localeCompare(b.columnLetter ?? '');
}
