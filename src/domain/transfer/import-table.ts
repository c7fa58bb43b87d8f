import { toFieldErrors } from '../field-errors';
import { countByStatus, STATUS_REPORT_WORDS, STATUSES, statusFromWord, type Status } from '../status';
import { targetSchema, TITLE_MAX_LENGTH, type Target } from '../target';
import { columnLetter, REQUIRED_COLUMNS, TRANSFER_COLUMNS, headerOf, type RawCell, type RawTable, type TransferColumnKey } from './columns';
import { compareProblems, problem, type ImportNote, type ImportProblem } from './problems';

export type ImportedTargetContent = Pick<
  Target,
  | 'code'
  | 'title'
  | 'metric'
  | 'baseline'
  | 'targetLevel'
  | 'responsiblePersons'
  | 'reportingResponsible'
  | 'keyActions'
  | 'metricStatus'
  | 'status'
  | 'indicators'
>;

/** One valid row of an imported sheet: the target with the theme and strategic goal it sits under. */
export interface ImportedRow {
  row: number;
  theme: string;
  goalNumber: string;
  goalTitle: string;
  target: ImportedTargetContent;
}

export interface ImportSummary {
  themes: number;
  goals: number;
  targets: number;
  byStatus: Record<Status, number>;
}

export type ImportResult =
  | { ok: true; rows: ImportedRow[]; summary: ImportSummary; notes: ImportNote[] }
  | { ok: false; problems: ImportProblem[]; notes: ImportNote[] };

/** The accepted status words, as an error message lists them. */
export const ACCEPTED_STATUS_WORDS = STATUSES.map((status) => STATUS_REPORT_WORDS[status]).join(', ');

const HEADER_ALIASES: Partial<Record<TransferColumnKey, readonly string[]>> = {
  responsiblePersons: ['vastuuhenkilöt', 'vastuuhenkilö'],
};

function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

function columnKeyOfHeader(header: string): TransferColumnKey | null {
  const wanted = normaliseText(header).toLowerCase();
  for (const column of TRANSFER_COLUMNS) {
    if (column.header.toLowerCase() === wanted || HEADER_ALIASES[column.key]?.includes(wanted)) return column.key;
  }
  return null;
}

function dateText(date: Date): string {
  return `${date.getUTCDate()}.${date.getUTCMonth() + 1}.${date.getUTCFullYear()}`;
}

/**
 * A cell as text. Numbers keep Finnish decimal commas in text columns (what Finnish Excel shows) but a
 * point in the code column (12.5 is target 12.5); line breaks become "\n"; surrounding space is dropped.
 */
function cellText(cell: RawCell, key: TransferColumnKey | null): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return key === 'code' ? String(cell) : String(cell).replace('.', ',');
  if (cell instanceof Date) return dateText(cell);
  return String(cell).replace(/\r\n?/g, '\n').trim();
}

interface HeaderMap {
  indexOf: Partial<Record<TransferColumnKey, number>>;
  headerText: Partial<Record<TransferColumnKey, string>>;
  problems: ImportProblem[];
  notes: ImportNote[];
}

function mapHeader(headerRow: readonly RawCell[]): HeaderMap {
  const map: HeaderMap = { indexOf: {}, headerText: {}, problems: [], notes: [] };
  headerRow.forEach((cell, index) => {
    const text = cellText(cell, null);
    if (text === '') return;
    const key = columnKeyOfHeader(text);
    if (!key) {
      map.notes.push({ code: 'unknownColumnIgnored', column: text });
      return;
    }
    const first = map.indexOf[key];
    if (first !== undefined) {
      map.problems.push(
        problem(
          'duplicateColumn',
          { row: 1, column: text, columnKey: key, columnLetter: columnLetter(index) },
          { column: text, first: columnLetter(first), second: columnLetter(index) },
        ),
      );
      return;
    }
    map.indexOf[key] = index;
    map.headerText[key] = text;
  });
  for (const key of REQUIRED_COLUMNS) {
    if (map.indexOf[key] === undefined) {
      map.problems.push(problem('missingColumn', { row: 1, column: headerOf(key), columnKey: key }, { column: headerOf(key) }));
    }
  }
  const hasStatus = map.indexOf.status !== undefined || map.indexOf.statusCode !== undefined;
  if (!hasStatus) {
    map.problems.push(
      problem('missingStatusColumn', { row: 1, column: headerOf('status'), columnKey: 'status' }, { status: headerOf('status'), statusCode: headerOf('statusCode') }),
    );
  }
  for (const column of TRANSFER_COLUMNS) {
    const isRequired = REQUIRED_COLUMNS.includes(column.key) || column.key === 'status' || column.key === 'statusCode';
    if (!isRequired && map.indexOf[column.key] === undefined) map.notes.push({ code: 'optionalColumnMissing', column: column.header });
  }
  return map;
}

const GOAL_PATTERN = /^(\d+(?:\.\d+)*)\.?\s+(\S[\s\S]*)$/;

/** "12. Hyvinvointierot vähenevät" → number 12 and the title; null when the cell has no leading number. */
export function parseGoalCell(text: string): { number: string; title: string } | null {
  const match = GOAL_PATTERN.exec(text.trim());
  if (!match?.[1] || !match[2]) return null;
  return { number: match[1], title: match[2].trim() };
}

/** Splits "Timo Aronkytö; Katri Kalske" (or names on their own lines) into names. */
export function splitPersons(text: string): string[] {
  return text
    .split(/[;\n]/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

function statusFromCode(code: string): Status | null {
  return STATUSES.find((status) => status.toLowerCase() === code.toLowerCase()) ?? null;
}

const FIELD_COLUMNS: Partial<Record<string, TransferColumnKey>> = {
  title: 'title',
  metric: 'metric',
  baseline: 'baseline',
  targetLevel: 'targetLevel',
  responsiblePersons: 'responsiblePersons',
  reportingResponsible: 'reportingResponsible',
  keyActions: 'keyActions',
  metricStatus: 'metricStatus',
};

const isBlankRow = (row: readonly RawCell[]) => row.every((cell) => cellText(cell, null) === '');

/**
 * Validates every row of a sheet (header first) against the domain's rules and lists EVERY problem
 * with its spreadsheet row (header = row 1) and column: missing columns, empty required cells, text
 * over the length limits, invalid or repeated target codes, status words it does not know (read
 * leniently with statusFromWord, never guessed), and strategic goals written two different ways.
 * Blank rows are skipped. Only a sheet without any problem gives rows to import.
 */
export function validateImportTable(table: RawTable): ImportResult {
  const headerRow = table[0];
  if (!headerRow || isBlankRow(headerRow)) return { ok: false, problems: [problem('emptyFile')], notes: [] };
  const header = mapHeader(headerRow);
  const problems = [...header.problems];
  const rows: ImportedRow[] = [];
  const firstRowOfCode = new Map<string, number>();
  const goalsByNumber = new Map<string, { title: string; theme: string; row: number }>();
  let dataRows = 0;

  table.slice(1).forEach((cells, index) => {
    if (isBlankRow(cells)) return;
    dataRows += 1;
    const rowNumber = index + 2;
    const rowProblems: ImportProblem[] = [];
    const has = (key: TransferColumnKey) => header.indexOf[key] !== undefined;
    const raw = (key: TransferColumnKey): RawCell => {
      const columnIndex = header.indexOf[key];
      return columnIndex === undefined ? null : cells[columnIndex];
    };
    const text = (key: TransferColumnKey) => cellText(raw(key), key);
    const at = (key: TransferColumnKey) => {
      const columnIndex = header.indexOf[key];
      return {
        row: rowNumber,
        column: header.headerText[key] ?? headerOf(key),
        columnKey: key,
        columnLetter: columnIndex === undefined ? null : columnLetter(columnIndex),
      };
    };
    const report = (code: ImportProblem['code'], key: TransferColumnKey, params: ImportProblem['params'] = {}) =>
      rowProblems.push(problem(code, at(key), { column: header.headerText[key] ?? headerOf(key), ...params }));

    // Theme and strategic goal: the structure the targets are grouped under.
    const theme = text('theme');
    if (has('theme')) {
      if (theme === '') report('required', 'theme');
      else if (theme.length > TITLE_MAX_LENGTH) report('tooLong', 'theme', { limit: TITLE_MAX_LENGTH, length: theme.length });
    }
    const goalText = text('goal');
    const goal = parseGoalCell(goalText);
    if (has('goal')) {
      if (goalText === '') report('required', 'goal');
      else if (!goal) report('invalidGoal', 'goal', { value: goalText });
      else if (goal.title.length > TITLE_MAX_LENGTH) report('tooLong', 'goal', { limit: TITLE_MAX_LENGTH, length: goal.title.length });
    }
    if (goal && theme !== '') {
      const seen = goalsByNumber.get(goal.number);
      if (!seen) goalsByNumber.set(goal.number, { title: goal.title, theme, row: rowNumber });
      else if (normaliseText(seen.title) !== normaliseText(goal.title)) {
        report('goalTitleConflict', 'goal', { number: goal.number, firstRow: seen.row, first: seen.title });
      } else if (normaliseText(seen.theme) !== normaliseText(theme)) {
        report('goalThemeConflict', 'goal', { number: goal.number, firstRow: seen.row, theme: seen.theme });
      }
    }

    // The target's code: present, well formed, not turned into a date by Excel, and unique in the file.
    const rawCode = raw('code');
    const code = text('code');
    let validCode: string | null = null;
    if (has('code')) {
      if (rawCode instanceof Date) report('codeIsDate', 'code', { value: code });
      else if (code === '') report('required', 'code');
      else if (!targetSchema.shape.code.safeParse(code).success) report('invalidCode', 'code', { value: code });
      else {
        const firstRow = firstRowOfCode.get(code);
        if (firstRow !== undefined) report('duplicateCode', 'code', { code, firstRow });
        else {
          firstRowOfCode.set(code, rowNumber);
          validCode = code;
        }
      }
    }

    // The verdict: the report word and/or the code; when both are given they must agree.
    const word = text('status');
    const statusCode = text('statusCode');
    const fromWord = word === '' ? null : statusFromWord(word);
    const fromCode = statusCode === '' ? null : statusFromCode(statusCode);
    if (word !== '' && !fromWord) report('unknownStatus', 'status', { word, accepted: ACCEPTED_STATUS_WORDS });
    if (statusCode !== '' && !fromCode) report('unknownStatusCode', 'statusCode', { word: statusCode, accepted: STATUSES.join(', ') });
    if (fromWord && fromCode && fromWord !== fromCode) report('statusMismatch', 'status', { word, code: statusCode });
    if (word === '' && statusCode === '' && (has('status') || has('statusCode'))) {
      report('missingStatus', has('status') ? 'status' : 'statusCode', { accepted: ACCEPTED_STATUS_WORDS });
    }
    const status = fromWord ?? fromCode;

    // Every other field through the domain's own schema, so the limits are the ones edits obey.
    const reporting = text('reportingResponsible');
    const candidate = {
      id: 'import',
      planId: 'import',
      goalId: 'import',
      code: validCode ?? '0',
      order: rowNumber,
      title: text('title'),
      metric: text('metric'),
      baseline: text('baseline'),
      targetLevel: text('targetLevel'),
      responsiblePersons: splitPersons(text('responsiblePersons')),
      reportingResponsible: reporting === '' ? null : reporting,
      keyActions: text('keyActions'),
      metricStatus: text('metricStatus'),
      status: status ?? 'notAssessed',
      indicators: [],
      version: 1,
      updatedAt: new Date(0).toISOString(),
      updatedBy: '',
    };
    const parsed = targetSchema.safeParse(candidate);
    if (!parsed.success) {
      for (const fieldError of toFieldErrors(parsed.error)) {
        const [field = '', item] = fieldError.field.split('.');
        const key = FIELD_COLUMNS[field];
        if (!key) {
          rowProblems.push(problem('invalid', { row: rowNumber }, { field: fieldError.field }));
          continue;
        }
        if (!has(key) && fieldError.code === 'required') {
          continue; // already reported once as a missing column
        }
        const value = item === undefined ? String(candidate[field as keyof typeof candidate] ?? '') : (candidate.responsiblePersons[Number(item)] ?? '');
        if (fieldError.code === 'required') report('required', key);
        else if (fieldError.code === 'tooLong' && key === 'responsiblePersons' && item === undefined) {
          report('tooManyPersons', key, { count: candidate.responsiblePersons.length, limit: fieldError.limit ?? 0 });
        } else if (fieldError.code === 'tooLong') report('tooLong', key, { limit: fieldError.limit ?? 0, length: value.length });
        else report('invalid', key, { value });
      }
    }

    if (rowProblems.length > 0 || !parsed.success || !goal || !status || validCode === null) {
      problems.push(...rowProblems);
      return;
    }
    const target = parsed.data;
    rows.push({
      row: rowNumber,
      theme,
      goalNumber: goal.number,
      goalTitle: goal.title,
      target: {
        code: target.code,
        title: target.title,
        metric: target.metric,
        baseline: target.baseline,
        targetLevel: target.targetLevel,
        responsiblePersons: target.responsiblePersons,
        reportingResponsible: target.reportingResponsible,
        keyActions: target.keyActions,
        metricStatus: target.metricStatus,
        status: target.status,
        indicators: target.indicators,
      },
    });
  });

  if (dataRows === 0) problems.push(problem('emptyFile'));
  if (problems.length > 0) return { ok: false, problems: problems.sort(compareProblems), notes: header.notes };
  return { ok: true, rows, summary: summarise(rows), notes: header.notes };
}

function summarise(rows: readonly ImportedRow[]): ImportSummary {
  return {
    themes: new Set(rows.map((row) => normaliseText(row.theme))).size,
    goals: new Set(rows.map((row) => row.goalNumber)).size,
    targets: rows.length,
    byStatus: countByStatus(rows.map((row) => row.target)),
  };
}
