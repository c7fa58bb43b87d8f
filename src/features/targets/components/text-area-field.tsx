import { useI18n } from '../../../i18n/i18n';
import { formatNumber } from '../../../i18n/format';

interface TextAreaFieldProps {
  id: string;
  label: string;
  value: string;
  maxLength: number;
  error: string | null;
  onChange: (value: string) => void;
}

/** A long text with a character count; going over the limit is shown as an error, never cut off. */
export function TextAreaField({ id, label, value, maxLength, error, onChange }: TextAreaFieldProps) {
  const { t, language } = useI18n();
  const over = value.length > maxLength;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={6}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-count${error ? ` ${id}-error` : ''}`}
        onChange={(event) => onChange(event.target.value)}
      />
      <span id={`${id}-count`} className={`field__hint${over ? ' field__hint--over' : ''}`}>
        {t('edit.characters', { length: formatNumber(value.length, language), max: formatNumber(maxLength, language) })}
      </span>
      {error && (
        <span id={`${id}-error`} className="field__error">
          {error}
        </span>
      )}
    </div>
  );
}
