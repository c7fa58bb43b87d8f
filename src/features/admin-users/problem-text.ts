import { ApiError } from '../../api/client';
import { useI18n } from '../../i18n/i18n';

const errorCodeOf = (error: ApiError): unknown => (error.body as { error?: unknown } | null)?.error;

/** Why a change of people, roles or passwords was not saved, as a sentence in the reader's language. */
export function useProblemText() {
  const { t } = useI18n();
  return (error: unknown): string => {
    if (!(error instanceof ApiError)) return t('admin.problems.failed', { message: error instanceof Error ? error.message : String(error) });
    if (error.kind === 'validation') return t('admin.problems.fixErrors');
    if (error.kind === 'network') return t('admin.problems.network');
    if (error.kind === 'forbidden' || error.kind === 'unauthorized') return t('admin.problems.forbidden');
    if (error.status === 409) return errorCodeOf(error) === 'usernameTaken' ? t('admin.problems.usernameTaken') : t('admin.problems.lastAdmin');
    return t('admin.problems.failed', { message: error.message });
  };
}
