import { useId, type ReactNode } from 'react';
import { useI18n } from '../../../i18n/i18n';

interface FieldProps {
  label: string;
  error: string | null;
  hint?: string;
  optional?: boolean;
}

/** Label, hint and error of one form field, wired for screen readers; `control` gets the ids it needs. */
function FieldFrame({ label, error, hint, optional, control }: FieldProps & { control: (ids: { id: string; describedBy?: string }) => ReactNode }) {
  const { t } = useI18n();
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field structure-field">
      <label htmlFor={id}>
        {label}
        {optional && (
          <>
            {' '}
            <span className="structure-field__optional">{t('structure.forms.optional')}</span>
          </>
        )}
      </label>
      {hint && (
        <span id={`${id}-hint`} className="field__hint">
          {hint}
        </span>
      )}
      {control({ id, describedBy })}
      {error && (
        <span id={`${id}-error`} className="field__error">
          {error}
        </span>
      )}
    </div>
  );
}

export function TextField({
  value,
  onChange,
  inputMode,
  autoFocus,
  ...frame
}: FieldProps & { value: string; onChange: (value: string) => void; inputMode?: 'numeric' | 'decimal'; autoFocus?: boolean }) {
  return (
    <FieldFrame
      {...frame}
      control={({ id, describedBy }) => (
        <input
          id={id}
          value={value}
          inputMode={inputMode}
          // Opened on request (a press of "edit" or "add"), so moving focus into it is expected.
          autoFocus={autoFocus}
          aria-invalid={frame.error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    />
  );
}

export function SelectField({
  value,
  onChange,
  options,
  ...frame
}: FieldProps & { value: string; onChange: (value: string) => void; options: { value: string; label: string }[] }) {
  return (
    <FieldFrame
      {...frame}
      control={({ id, describedBy }) => (
        <select
          id={id}
          value={value}
          aria-invalid={frame.error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    />
  );
}
