import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../../api/client';
import { newUserRequestSchema } from '../../../api/contract-admin';
import { toFieldErrors, type FieldError } from '../../../domain/field-errors';
import { ROLES, type Role } from '../../../domain/user';
import { formatNumber } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n';
import { useProblemText } from '../problem-text';
import { useAddUser } from '../queries';

type Field = 'name' | 'title';

interface AddUserFormProps {
  disabled: boolean;
  /** The real server: the new person cannot sign in until their password is set, so the message says so. */
  setsPasswords: boolean;
  onAdded: (message: string) => void;
}

/** Adds a person with a name, a position and a role; the server gives them an id. */
export function AddUserForm({ disabled, setsPasswords, onAdded }: AddUserFormProps) {
  const { t, language } = useI18n();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Record<Field, string>>({ name: '', title: '' });
  const [role, setRole] = useState<Role>('responsible');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const addUser = useAddUser();
  const problemText = useProblemText();

  useEffect(() => {
    if (errors.length > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const errorText = (error: FieldError) => {
    if (error.field === 'name' && error.code === 'invalidValue') return t('admin.errors.nameTaken');
    if (error.code === 'required') return t('admin.errors.required');
    if (error.code === 'tooLong') return t('admin.errors.tooLong', { limit: formatNumber(error.limit ?? 0, language) });
    return t('admin.errors.invalid');
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (addUser.isPending) return;
    const parsed = newUserRequestSchema.safeParse({ ...values, role });
    if (!parsed.success) {
      setErrors(toFieldErrors(parsed.error));
      return setProblem(t('admin.problems.fixErrors'));
    }
    try {
      const { user } = await addUser.mutateAsync(parsed.data);
      setValues({ name: '', title: '' });
      setErrors([]);
      setProblem(null);
      const added = { name: user.name, role: t(`session.roles.${user.role}`) };
      onAdded(setsPasswords ? t('admin.add.addedSetPassword', added) : t('admin.add.added', added));
    } catch (error) {
      setErrors(error instanceof ApiError ? error.fieldErrors : []);
      setProblem(problemText(error));
    }
  }

  const field = (name: Field, label: string) => {
    const error = errors.find((candidate) => candidate.field === name);
    return (
      <div className="field">
        <label htmlFor={`${id}-${name}`}>{label}</label>
        <input
          id={`${id}-${name}`}
          value={values[name]}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-${name}-error` : undefined}
          onChange={(event) => setValues((previous) => ({ ...previous, [name]: event.target.value }))}
        />
        {error && (
          <span id={`${id}-${name}-error`} className="field__error">
            {errorText(error)}
          </span>
        )}
      </div>
    );
  };

  return (
    <section className="admin-users__add" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('admin.add.title')}</h2>
      <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
        <fieldset disabled={disabled} className="admin-users__fields">
          <legend className="visually-hidden">{t('admin.add.title')}</legend>
          {problem && (
            <p className="admin-users__problem" role="alert">
              {problem}
            </p>
          )}
          {field('name', t('admin.add.name'))}
          {field('title', t('admin.add.personTitle'))}
          <div className="field">
            <label htmlFor={`${id}-role`}>{t('admin.add.role')}</label>
            <select id={`${id}-role`} value={role} onChange={(event) => setRole(event.target.value as Role)}>
              {ROLES.map((option) => (
                <option key={option} value={option}>
                  {t(`session.roles.${option}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button admin-users__submit">
            {t('admin.add.submit')}
          </button>
        </fieldset>
      </form>
    </section>
  );
}
