import type { FormEvent, ReactNode, RefObject } from 'react';
import { useI18n } from '../../../i18n/i18n';
import { useStructure } from '../structure-context';

interface FormShellProps {
  legend: string;
  formRef: RefObject<HTMLFormElement | null>;
  problem: string | null;
  busy: boolean;
  submitLabel: string;
  onSubmit: () => void;
  onCancel?: () => void;
  children: ReactNode;
}

/** A structure form: its fields under a legend, what went wrong, and save / cancel. Disabled offline. */
export function FormShell({ legend, formRef, problem, busy, submitLabel, onSubmit, onCancel, children }: FormShellProps) {
  const { t } = useI18n();
  const { disabled } = useStructure();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form ref={formRef} className="structure-form" onSubmit={submit} noValidate>
      <fieldset disabled={disabled}>
        <legend>{legend}</legend>
        {problem && (
          <p className="form-error structure-form__problem" role="alert">
            {problem}
          </p>
        )}
        <div className="structure-form__fields">{children}</div>
        <div className="structure-form__buttons">
          <button type="submit" className="button">
            {busy ? t('structure.forms.saving') : submitLabel}
          </button>
          {onCancel && (
            <button type="button" className="button button--secondary" onClick={onCancel}>
              {t('structure.forms.cancel')}
            </button>
          )}
        </div>
      </fieldset>
    </form>
  );
}
