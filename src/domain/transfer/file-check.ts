import { problem, type ImportProblem } from './problems';

/** Files above this are refused before they are read: a plan's sheet is a few hundred kilobytes. */
export const MAX_IMPORT_FILE_BYTES = 20 * 1024 * 1024;

export type SpreadsheetKind = 'csv' | 'xlsx';

/** Refuses a file over MAX_IMPORT_FILE_BYTES (or an empty one) from its size alone, before reading it. */
export function checkFileSize(size: number): ImportProblem | null {
  if (size > MAX_IMPORT_FILE_BYTES) return problem('fileTooLarge', {}, { size, limit: MAX_IMPORT_FILE_BYTES });
  if (size === 0) return problem('emptyFile');
  return null;
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

function looksBinary(bytes: Uint8Array): boolean {
  // UTF-16 text has NUL bytes by design; it announces itself with a byte-order mark.
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return false;
  const sample = bytes.subarray(0, 8192);
  return startsWith(bytes, ZIP) || startsWith(bytes, PDF) || startsWith(bytes, OLE) || sample.includes(0);
}

/**
 * Decides from the name's extension AND the first bytes whether a file is a CSV or an XLSX file:
 * a .pdf or .txt is refused by its name, a PDF renamed to .csv by its content.
 */
export function detectFileKind(name: string, bytes: Uint8Array): { kind: SpreadsheetKind } | { problem: ImportProblem } {
  const extension = extensionOf(name);
  if (extension === 'xlsx') {
    return startsWith(bytes, ZIP) ? { kind: 'xlsx' } : { problem: problem('wrongContent', {}, { name, expected: 'XLSX' }) };
  }
  if (extension === 'csv') {
    return looksBinary(bytes) ? { problem: problem('wrongContent', {}, { name, expected: 'CSV' }) } : { kind: 'csv' };
  }
  return { problem: problem('wrongFileType', {}, { name, extension: extension ? `.${extension}` : '–' }) };
}
