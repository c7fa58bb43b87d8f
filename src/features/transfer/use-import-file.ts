import { useRef, useState } from 'react';
import { checkFileSize, readImportFile, type ImportResult } from '../../domain/transfer';

export type ImportFileState =
  | { phase: 'idle' }
  | { phase: 'reading'; fileName: string }
  | { phase: 'readFailed'; fileName: string }
  | { phase: 'read'; fileName: string; result: ImportResult };

/**
 * Reads a chosen file and validates it: a file over the size limit is refused before it is read; a
 * newer choice wins over a slower earlier one.
 */
export function useImportFile() {
  const [state, setState] = useState<ImportFileState>({ phase: 'idle' });
  const latest = useRef(0);

  async function choose(file: File | null) {
    const request = (latest.current += 1);
    if (!file) return setState({ phase: 'idle' });
    const sizeProblem = checkFileSize(file.size);
    if (sizeProblem) return setState({ phase: 'read', fileName: file.name, result: { ok: false, problems: [sizeProblem], notes: [] } });
    setState({ phase: 'reading', fileName: file.name });
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      if (request === latest.current) setState({ phase: 'readFailed', fileName: file.name });
      return;
    }
    const result = await readImportFile(file.name, bytes);
    if (request === latest.current) setState({ phase: 'read', fileName: file.name, result });
  }

  return { state, choose };
}
