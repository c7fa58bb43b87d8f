import { useEffect, useId, useRef, useState, type FormEvent, type RefObject } from 'react';
import { ApiError } from '../../../api/client';
import { setPasswordRequestSchema } from '../../../api/contract-admin';
import { toFieldErrors, type FieldError } from '../../../domain/field-errors';
import { PASSWORD_MIN_LENGTH } from '../../../domain/password-rules';
import type { User } from '../../../domain/user';
import { formatNumber } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n';
import { useProblemText } from '../problem-text';
import { useSetPassword } from '../queries';

type Field = 'password' | 'repeat';
interface FieldProblem {
  field: Field;
  text: string;
}

interface PasswordFormProps {
  id: string;
  user: User;
  disabled: boolean;
  onSaved: (message: string) => void;
  onCancel: () => void;
}

/** A new password typed twice, checked here with the server's own length rule before it is sent; Escape cancels. */
export function PasswordForm({ id, user, disabled, onSaved, onCancel }: PasswordFormProps) {
  const { t, language } = useI18n();
  const fieldId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const [values, setValues] = useState<Record<Field, string>>({ password: '', repeat: '' });
  const [errors, setErrors] = useState<FieldProblem[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const setPassword = useSetPassword();
  const problemText = useProblemText();

  useEffect(() => passwordRef.current?.focus(), []);
  useEffect(() => {
    if (errors.length > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const lengthProblems = (fieldErrors: FieldError[]): FieldProblem[] =>
    fieldErrors
      .filter((error) => error.field === 'password')
      .map((error) => {
        const limit = formatNumber(error.limit ?? PASSWORD_MIN_LENGTH, language);
        return { field: 'password', text: t(error.code === 'tooLong' ? 'admin.password.errors.tooLong' : 'admin.password.errors.tooShort', { limit }) };
      });

  function problemsOf({ password, repeat }: Record<Field, string>): FieldProblem[] {
    const parsed = setPasswordRequestSchema.safeParse({ password });
    const found = parsed.success ? [] : lengthProblems(toFieldErrors(parsed.error));
    return password === repeat ? found : [...found, { field: 'repeat', text: t('admin.password.errors.mismatch') }];
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (setPassword.isPending) return;
    const found = problemsOf(values);
    if (found.length > 0) {
      setErrors(found);
      return setProblem(t('admin.problems.fixErrors'));
    }
    try {
      const { username } = await setPassword.mutateAsync({ userId: user.id, password: values.password });
      onSaved(t('admin.password.saved', { name: user.name, username }));
    } catch (error) {
      setErrors(error instanceof ApiError ? lengthProblems(error.fieldErrors) : []);
      setProblem(problemText(error));
    }
  }

  const field = (name: Field, label: string, ref?: RefObject<HTMLInputElement | null>) => {
    const error = errors.find((candidate) => candidate.field === name);
    const hintId = name === 'password' ? `${fieldId}-hint` : null;
    const errorId = error ? `${fieldId}-${name}-error` : null;
    return (
      <div className="field">
        <label htmlFor={`${fieldId}-${name}`}>{label}</label>
        <input
          ref={ref}
          id={`${fieldId}-${name}`}
          type="password"
          autoComplete="new-password"
          value={values[name]}
          aria-invalid={error ? true : undefined}
          aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
          onChange={(event) => setValues((previous) => ({ ...previous, [name]: event.target.value }))}
        />
        {hintId && (
          <span id={hintId} className="field__hint">
            {t('admin.password.hint', { min: formatNumber(PASSWORD_MIN_LENGTH, language) })}
          </span>
        )}
        {error && errorId && (
          <span id={errorId} className="field__error">
            {error.text}
          </span>
        )}
      </div>
    );
  };

  return (
    <form
      id={id}
      ref={formRef}
      className="admin-users__password-form"
      aria-label={t('admin.password.formLabel', { name: user.name })}
      noValidate
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <fieldset disabled={disabled} className="admin-users__password-fields">
        {problem && (
          <p className="admin-users__problem" role="alert">
            {problem}
          </p>
        )}
        {field('password', t('admin.password.password'), passwordRef)}
        {field('repeat', t('admin.password.repeat'))}
        <div className="admin-users__password-actions">
          <button type="submit" className="button admin-users__save">
            {t('admin.password.save')}
          </button>
          <button type="button" className="button button--secondary admin-users__save" onClick={onCancel}>
            {t('admin.password.cancel')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
