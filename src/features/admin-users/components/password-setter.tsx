import { useId, useRef, useState } from 'react';
import type { User } from '../../../domain/user';
import { useI18n } from '../../../i18n/i18n';
import { PasswordForm } from './password-form';

interface PasswordSetterProps {
  user: User;
  disabled: boolean;
  onSaved: (message: string) => void;
}

/** "Set password" on a person's row: opens the form under the button, and puts focus back on it when the form closes. */
export function PasswordSetter({ user, disabled, onSaved }: PasswordSetterProps) {
  const { t } = useI18n();
  const formId = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const close = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };

  return (
    <div className="admin-users__password">
      <button
        ref={toggleRef}
        type="button"
        className="button button--secondary admin-users__save"
        aria-expanded={open}
        aria-controls={open ? formId : undefined}
        aria-label={t('admin.password.openFor', { name: user.name })}
        disabled={disabled}
        onClick={() => setOpen(!open)}
      >
        {t('admin.password.open')}
      </button>
      {open && (
        <PasswordForm
          id={formId}
          user={user}
          disabled={disabled}
          onSaved={(message) => {
            onSaved(message);
            close();
          }}
          onCancel={close}
        />
      )}
    </div>
  );
}
