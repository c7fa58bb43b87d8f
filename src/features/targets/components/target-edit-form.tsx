import { useId, useRef, useState, type FormEvent } from 'react';
import type { FieldError } from '../../../domain/field-errors';
import { toFieldErrors } from '../../../domain/field-errors';
import type { Indicator } from '../../../domain/indicator';
import { formatNumberInput, parseNumberInput } from '../../../domain/number-input';
import type { Plan } from '../../../domain/plan';
import { STATUSES, type Status } from '../../../domain/status';
import { TEXT_MAX_LENGTH, targetChangesSchema, type Target, type TargetChanges } from '../../../domain/target';
import { StatusBadge } from '../../../components/ui/status-badge';
import { formatNumber } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n';
import { LOCALES } from '../../../i18n/languages';
import { EditValidationError, StorageFullError } from '../../../offline/errors';
import { saveTargetEdit } from '../../../offline/save-target-edit';
import { useSessionStore } from '../../../api/session-store';
import { useStorageStatusStore } from '../../../offline/storage-persistence';
import { TextAreaField } from './text-area-field';

/** Until people sign in, edits made in the demo are attributed to this name. */

interface TargetEditFormProps {
  target: Target;
  plan: Plan;
  onSaved: () => void;
  onCancel: () => void;
}

type Problem = 'fixErrors' | 'storageFull' | 'saveFailed' | 'noChanges';

function withYearValue(indicator: Indicator, year: number, value: number | null): Indicator {
  const others = indicator.values.filter((point) => point.year !== year);
  const existing = indicator.values.find((point) => point.year === year);
  if (value === null) return { ...indicator, values: others };
  return { ...indicator, values: [...others, { ...existing, year, value }].sort((a, b) => a.year - b.year) };
}

/** Updates a target's progress; the edit is stored on this device first and synced later. */
export function TargetEditForm({ target, plan, onSaved, onCancel }: TargetEditFormProps) {
  const { t, language } = useI18n();
  const id = useId();
  const year = plan.reportingYear;
  const [status, setStatus] = useState<Status>(target.status);
  const [metricStatus, setMetricStatus] = useState(target.metricStatus);
  const [keyActions, setKeyActions] = useState(target.keyActions);
  const [indicatorInputs, setIndicatorInputs] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      target.indicators.map((indicator) => {
        const point = indicator.values.find((candidate) => candidate.year === year);
        return [indicator.id, point ? formatNumberInput(point.value, LOCALES[language]) : ''];
      }),
    ),
  );
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  // A ref, not state: a re-render while the edit is being written would only slow the save down.
  const saving = useRef(false);

  const messageFor = (error: FieldError) =>
    error.code === 'tooLong'
      ? t('edit.errors.tooLong', { limit: formatNumber(error.limit ?? TEXT_MAX_LENGTH, language) }) : t(`edit.errors.${error.code}`);

  function collectChanges(): { changes: TargetChanges; errors: Record<string, string> } {
    const errors: Record<string, string> = {};
    const changes: TargetChanges = {};
    if (status !== target.status) changes.status = status;
    if (metricStatus !== target.metricStatus) changes.metricStatus = metricStatus;
    if (keyActions !== target.keyActions) changes.keyActions = keyActions;
    const indicators = target.indicators.map((indicator) => {
      const value = parseNumberInput(indicatorInputs[indicator.id] ?? '');
      if (Number.isNaN(value)) {
        errors[`indicator-${indicator.id}`] = t('edit.errors.notANumber');
        return indicator;
      }
      return withYearValue(indicator, year, value);
    });
    if (JSON.stringify(indicators) !== JSON.stringify(target.indicators)) changes.indicators = indicators;
    const parsed = targetChangesSchema.safeParse(changes);
    if (!parsed.success && Object.keys(changes).length > 0) {
      for (const error of toFieldErrors(parsed.error)) errors[error.field.split('.')[0] ?? error.field] = messageFor(error);
    }
    return { changes, errors };
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving.current) return;
    const { changes, errors } = collectChanges();
    if (Object.keys(errors).length > 0 || Object.keys(fieldErrors).length > 0) setFieldErrors(errors);
    if (Object.keys(errors).length > 0) return setProblem('fixErrors');
    if (Object.keys(changes).length === 0) return setProblem('noChanges');
    saving.current = true;
    try {
      // User Timing marks for `npm run bench`: from pressing save until the transaction has committed.
      performance.mark('tavoitevahti:save-start');
      const author = useSessionStore.getState().user;
      await saveTargetEdit({ targetId: target.id, changes, author: author?.name ?? '', authorId: author?.id });
      performance.measure('tavoitevahti:save-durable', 'tavoitevahti:save-start');
      if (useStorageStatusStore.getState().quotaExceeded) useStorageStatusStore.getState().setQuotaExceeded(false);
      setProblem(null);
      onSaved();
    } catch (error) {
      if (error instanceof EditValidationError) {
        setFieldErrors(Object.fromEntries(error.fieldErrors.map((fieldError) => [fieldError.field, messageFor(fieldError)])));
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

  return (
    <form className="edit-form" aria-labelledby={`${id}-title`} onSubmit={(event) => void submit(event)} noValidate>
      <h2 id={`${id}-title`}>{t('edit.title', { code: target.code })}</h2>
      {problem && (
        <p className={`edit-form__problem edit-form__problem--${problem}`} role="alert">
          {t(`edit.${problem}`)}
        </p>
      )}
      <fieldset className="edit-form__statuses">
        <legend>{t('edit.status')}</legend>
        {STATUSES.map((option) => (
          <label key={option} className="status-checkbox">
            <input type="radio" name={`${id}-status`} value={option} checked={status === option} onChange={() => setStatus(option)} />
            <StatusBadge status={option} />
          </label>
        ))}
      </fieldset>
      <TextAreaField
        id={`${id}-metric-status`}
        label={t('edit.metricStatus')}
        value={metricStatus}
        maxLength={TEXT_MAX_LENGTH}
        error={fieldErrors.metricStatus ?? null}
        onChange={setMetricStatus}
      />
      <TextAreaField
        id={`${id}-key-actions`}
        label={t('edit.keyActions')}
        value={keyActions}
        maxLength={TEXT_MAX_LENGTH}
        error={fieldErrors.keyActions ?? null}
        onChange={setKeyActions}
      />
      {target.indicators.length > 0 && (
        <fieldset className="edit-form__indicators">
          <legend>{t('edit.indicatorValues', { year })}</legend>
          <p id={`${id}-indicator-hint`} className="field__hint">
            {t('edit.indicatorHint')}
          </p>
          {target.indicators.map((indicator) => {
            const inputId = `${id}-indicator-${indicator.id}`;
            const error = fieldErrors[`indicator-${indicator.id}`] ?? fieldErrors.indicators;
            return (
              <div key={indicator.id} className="field">
                <label htmlFor={inputId}>{t('edit.indicatorValue', { label: indicator.label, unit: indicator.unit })}</label>
                <input
                  id={inputId}
                  type="text"
                  inputMode="decimal"
                  value={indicatorInputs[indicator.id] ?? ''}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={`${id}-indicator-hint${error ? ` ${inputId}-error` : ''}`}
                  onChange={(event) => setIndicatorInputs({ ...indicatorInputs, [indicator.id]: event.target.value })}
                />
                {error && (
                  <span id={`${inputId}-error`} className="field__error">
                    {error}
                  </span>
                )}
              </div>
            );
          })}
        </fieldset>
      )}
      <div className="edit-form__actions">
        <button type="submit" className="button">
          {t('edit.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('edit.cancel')}
        </button>
      </div>
    </form>
  );
}
