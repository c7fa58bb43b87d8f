import { useRef, useState } from 'react';
import { useSessionStore } from '../../api/session-store';
import { toFieldErrors, type FieldError } from '../../domain/field-errors';
import { recordChangesSchemas, type RecordEntity, type RecordTypes } from '../../domain/record-changes';
import { TEXT_MAX_LENGTH } from '../../domain/target';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { EditValidationError, StorageFullError } from '../../offline/errors';
import { saveRecordEdit } from '../../offline/record-edits';
import { useStorageStatusStore } from '../../offline/storage-persistence';

export type SaveProblem = 'fixErrors' | 'storageFull' | 'saveFailed' | 'noChanges';

/** Field errors keyed by field path ("description", "budget.ownFinancingAmount"), as sentences. */
export type FieldMessages = Record<string, string>;

interface RecordSaveOptions {
  /** A sentence of the form's own for an error, e.g. the own-financing rule; undefined keeps the general one. */
  describe?: (error: FieldError) => string | undefined;
  onSaved: () => void;
}

/**
 * Checks a measure or project edit with the same rules as the server and saves it on this device first
 * (the outbox sends it later), telling the form what went wrong field by field in the user's language.
 */
export function useRecordSave<E extends RecordEntity>(entity: E, id: string, { describe, onSaved }: RecordSaveOptions) {
  const { t, language } = useI18n();
  const [fieldErrors, setFieldErrors] = useState<FieldMessages>({});
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  // A ref, not state: a re-render while the edit is being written would only slow the save down.
  const saving = useRef(false);

  const messageFor = (error: FieldError) =>
    describe?.(error) ??
    (error.code === 'tooLong'
      ? t('edit.errors.tooLong', { limit: formatNumber(error.limit ?? TEXT_MAX_LENGTH, language) })
      : t(`edit.errors.${error.code}`));
  const messagesFor = (errors: FieldError[]) => Object.fromEntries(errors.map((error) => [error.field, messageFor(error)]));

  /** `localErrors` are what the form found itself (a number it cannot read, a missing date), keyed by field path. */
  async function save(changes: RecordTypes[E]['changes'], localErrors: FieldMessages = {}): Promise<void> {
    if (saving.current) return;
    const empty = Object.keys(changes).length === 0;
    const checked = empty ? null : recordChangesSchemas[entity].safeParse(changes);
    const errors = { ...(checked && !checked.success ? messagesFor(toFieldErrors(checked.error)) : {}), ...localErrors };
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) return setProblem('fixErrors');
    if (empty) return setProblem('noChanges');
    saving.current = true;
    try {
      const author = useSessionStore.getState().user;
      await saveRecordEdit({ entity, id, changes, author: author?.name ?? '', authorId: author?.id });
      if (useStorageStatusStore.getState().quotaExceeded) useStorageStatusStore.getState().setQuotaExceeded(false);
      setProblem(null);
      onSaved();
    } catch (error) {
      if (error instanceof EditValidationError) {
        setFieldErrors(messagesFor(error.fieldErrors));
        setProblem('fixErrors');
      } else {
        const full = error instanceof StorageFullError;
        // The form keeps every value in memory, so nothing typed is lost while the user frees space.
        if (full) useStorageStatusStore.getState().setQuotaExceeded(true);
        setProblem(full ? 'storageFull' : 'saveFailed');
      }
    } finally {
      saving.current = false;
    }
  }

  return { save, fieldErrors, problem };
}
