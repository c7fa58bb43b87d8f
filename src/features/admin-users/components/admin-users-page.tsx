import '../admin-users.css';
import { useState } from 'react';
import { usesServerAccounts } from '../../../api/client';
import { useSessionStore } from '../../../api/session-store';
import { ErrorState, LoadingState } from '../../../components/ui/query-states';
import { useDocumentTitle } from '../../../components/ui/use-document-title';
import { canAdminister } from '../../../domain/permissions';
import { useI18n } from '../../../i18n/i18n';
import { useAdminUsers } from '../queries';
import { useOnline } from '../use-online';
import { AddUserForm } from './add-user-form';
import { UserRow } from './user-row';

/** The admin's page: everyone who may sign in, their roles, adding a person and, on the real server, their passwords. */
export function AdminUsersPage() {
  const { t } = useI18n();
  const me = useSessionStore((state) => state.user);
  useDocumentTitle(t('admin.title'));
  return (
    <section className="admin-users" aria-labelledby="admin-users-title">
      <h1 id="admin-users-title">{t('admin.title')}</h1>
      {me && canAdminister(me) ? <UserAdministration myId={me.id} /> : <p className="notice admin-users__notice">{t('admin.noPermission')}</p>}
    </section>
  );
}

function UserAdministration({ myId }: { myId: string }) {
  const { t } = useI18n();
  const online = useOnline();
  const users = useAdminUsers();
  const [message, setMessage] = useState('');
  const setsPasswords = usesServerAccounts();

  return (
    <>
      <p className="admin-users__intro">{t('admin.intro')}</p>
      {setsPasswords && <p className="admin-users__intro">{t('admin.introPasswords')}</p>}
      {!online && <p className="notice admin-users__notice">{t('admin.offline')}</p>}
      <p className={message ? 'notice notice--success admin-users__status' : 'admin-users__status'} role="status">
        {message}
      </p>
      {users.isPending && <LoadingState />}
      {users.isError && <ErrorState error={users.error} onRetry={() => void users.refetch()} />}
      {users.data && (
        <table className="admin-users__table">
          <caption>{t('admin.table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.table.name')}</th>
              <th scope="col">{t('admin.table.title')}</th>
              <th scope="col">{t('admin.table.role')}</th>
              {setsPasswords && <th scope="col">{t('admin.table.password')}</th>}
            </tr>
          </thead>
          <tbody>
            {users.data.users.map((user) => (
              <UserRow key={user.id} user={user} isMe={user.id === myId} disabled={!online} setsPasswords={setsPasswords} onSaved={setMessage} />
            ))}
          </tbody>
        </table>
      )}
      <AddUserForm disabled={!online} setsPasswords={setsPasswords} onAdded={setMessage} />
    </>
  );
}
