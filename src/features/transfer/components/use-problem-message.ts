import type { ImportProblem } from '../../../domain/transfer';
import { formatNumber } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n';

const BYTES_PER_MB = 1024 * 1024;

/** Turns an import problem into a sentence in the reader's language, numbers written the local way. */
export function useProblemMessage() {
  const { t, language } = useI18n();
  return (found: ImportProblem): string => {
    const params: Record<string, string> = {};
    for (const [key, value] of Object.entries(found.params)) {
      if (typeof value !== 'number') params[key] = value;
      else if (found.code === 'fileTooLarge') params[key] = formatNumber(Math.round((value / BYTES_PER_MB) * 10) / 10, language);
      else params[key] = key === 'firstRow' ? String(value) : formatNumber(value, language);
    }
    // Each message has its own parameters, which i18next's types would demand all at once for a key
    // chosen at run time; the domain guarantees every message gets the ones it names (unit-tested).
    const translate = t as unknown as (key: `transfer.problems.${ImportProblem['code']}`, options: Record<string, string>) => string;
    return translate(`transfer.problems.${found.code}`, params);
  };
}
