import type { FieldError } from '../../domain/field-errors';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';

const DAY_FIELDS = new Set(['updateIntervalDays', 'staleAfterDays']);
const CHOICE_FIELDS = new Set(['themeId', 'goalId']);

/** A field error as a sentence in the reader's language; `code` is the code the person typed. */
export function useFieldErrorText() {
  const { t, language } = useI18n();
  return (error: FieldError, typed: { code?: string } = {}): string => {
    if (error.field === 'code' && error.code === 'invalidValue') return t('structure.errors.codeTaken', { code: typed.code ?? '' });
    if (error.field === 'staleAfterDays' && error.code === 'invalidValue') return t('structure.errors.staleBeforeInterval');
    if (DAY_FIELDS.has(error.field)) return t('structure.errors.days');
    if (CHOICE_FIELDS.has(error.field)) return t('structure.errors.choose');
    if (error.code === 'required') return t('structure.errors.required');
    if (error.field === 'code') return t('structure.errors.codeFormat');
    if (error.code === 'tooLong') return t('structure.errors.tooLong', { limit: formatNumber(error.limit ?? 0, language) });
    return t('structure.errors.invalid');
  };
}
