import type { HTMLInputTypeAttribute } from 'react';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';

interface FieldProps {
  id: string;
  label: string;
  value: string;
  error?: string | null;
  hint?: string;
  onChange: (value: string) => void;
}

const describedBy = (id: string, parts: { hint: boolean; count?: boolean; error: boolean }) =>
  [parts.hint && `${id}-hint`, parts.count && `${id}-count`, parts.error && `${id}-error`].filter(Boolean).join(' ') || undefined;

function FieldError({ id, error }: { id: string; error?: string | null }) {
  return error ? (
    <span id={`${id}-error`} className="field__error">
      {error}
    </span>
  ) : null;
}

/** A long text with a character count; going over the limit is shown as an error, never cut off. */
export function EditTextArea({ id, label, value, error, hint, onChange, maxLength, rows = 6 }: FieldProps & { maxLength: number; rows?: number }) {
  const { t, language } = useI18n();
  const over = value.length > maxLength;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={`${id}-hint`} className="field__hint">
          {hint}
        </span>
      )}
      <textarea
        id={id}
        rows={rows}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { hint: Boolean(hint), count: true, error: Boolean(error) })}
        onChange={(event) => onChange(event.target.value)}
      />
      <span id={`${id}-count`} className={`field__hint${over ? ' field__hint--over' : ''}`}>
        {t('edit.characters', { length: formatNumber(value.length, language), max: formatNumber(maxLength, language) })}
      </span>
      <FieldError id={id} error={error} />
    </div>
  );
}

/** A one-line text, date or number field with its hint and error. */
export function EditInput({
  id,
  label,
  value,
  error,
  hint,
  onChange,
  type = 'text',
  inputMode,
}: FieldProps & { type?: HTMLInputTypeAttribute; inputMode?: 'numeric' | 'decimal' }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        inputMode={inputMode}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { hint: Boolean(hint), error: Boolean(error) })}
        onChange={(event) => onChange(event.target.value)}
      />
      {hint && (
        <span id={`${id}-hint`} className="field__hint">
          {hint}
        </span>
      )}
      <FieldError id={id} error={error} />
    </div>
  );
}

/** "one\ntwo\n\n" → ["one", "two"]: a list edited as one item per line. */
export const linesOf = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** Whether two values are the same data (so an untouched field is not sent as a change). */
export const sameValue = (left: unknown, right: unknown): boolean => JSON.stringify(left) === JSON.stringify(right);
