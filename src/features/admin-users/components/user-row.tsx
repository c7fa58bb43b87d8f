import { useId, useState, type FormEvent } from 'react';
import { ROLES, type Role, type User } from '../../../domain/user';
import { useI18n } from '../../../i18n/i18n';
import { useProblemText } from '../problem-text';
import { useChangeRole } from '../queries';
import { PasswordSetter } from './password-setter';

interface UserRowProps {
  user: User;
  isMe: boolean;
  disabled: boolean;
  /** The real server: the row offers setting the person's password (the demo has none). */
  setsPasswords: boolean;
  onSaved: (message: string) => void;
}

/** One person: name, position and role, with the role changed by choosing and saving (not on every arrow key). */
export function UserRow({ user, isMe, disabled, setsPasswords, onSaved }: UserRowProps) {
  const { t } = useI18n();
  const id = useId();
  const [role, setRole] = useState<Role>(user.role);
  const [problem, setProblem] = useState<string | null>(null);
  const changeRole = useChangeRole();
  const problemText = useProblemText();

  async function save(event: FormEvent) {
    event.preventDefault();
    if (changeRole.isPending) return;
    if (role === user.role) return onSaved(t('admin.roleUnchanged', { role: t(`session.roles.${role}`) }));
    try {
      await changeRole.mutateAsync({ userId: user.id, role });
      setProblem(null);
      onSaved(t('admin.roleSaved', { name: user.name, role: t(`session.roles.${role}`) }));
    } catch (error) {
      setRole(user.role);
      setProblem(problemText(error));
    }
  }

  return (
    <tr>
      <th scope="row">
        {user.name} {isMe && <span className="admin-users__me">{t('admin.you')}</span>}
      </th>
      <td>
        {user.title}
        {user.illustrative && <span className="admin-users__illustrative"> ({t('admin.illustrative')})</span>}
      </td>
      <td>
        <form className="admin-users__role" onSubmit={(event) => void save(event)}>
          <label htmlFor={`${id}-role`} className="visually-hidden">
            {t('admin.roleFor', { name: user.name })}
          </label>
          <select id={`${id}-role`} value={role} disabled={disabled} onChange={(event) => setRole(event.target.value as Role)}>
            {ROLES.map((option) => (
              <option key={option} value={option}>
                {t(`session.roles.${option}`)}
              </option>
            ))}
          </select>
          <button type="submit" className="button button--secondary admin-users__save" disabled={disabled} aria-label={t('admin.saveRoleFor', { name: user.name })}>
            {t('admin.saveRole')}
          </button>
        </form>
        {problem && (
          <p className="admin-users__problem" role="alert">
            {problem}
          </p>
        )}
      </td>
      {setsPasswords && (
        <td>
          <PasswordSetter user={user} disabled={disabled} onSaved={onSaved} />
        </td>
      )}
    </tr>
  );
}
