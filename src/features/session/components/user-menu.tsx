import '../session.css';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { loadApiClient } from '../../../api/lazy-client';
import { useSessionStore } from '../../../api/session-store';
import { useI18n } from '../../../i18n/i18n';
import { readAllEdits } from '../../../offline/outbox-read';

/** Who is signed in, with their role in words, and signing out (warning about edits not yet sent). */
export function UserMenu() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const user = useSessionStore((state) => state.user);
  const token = useSessionStore((state) => state.token);
  const expired = useSessionStore((state) => state.expired);
  if (!user || (!token && !expired)) return null;

  async function signOut() {
    if (!user) return;
    const waiting = (await readAllEdits()).filter((entry) => entry.authorId === user.id).length;
    if (waiting > 0 && !window.confirm(t('session.signOutPending', { count: waiting }))) return;
    // Best effort: offline the server forgets the session when it expires.
    await loadApiClient()
      .then((api) => api.signOut())
      .catch(() => undefined);
    useSessionStore.getState().signedOut();
    queryClient.removeQueries({ queryKey: ['session'] });
    void navigate('/sign-in');
  }

  return (
    <div className="user-menu">
      <span className="user-menu__name">{t('session.signedInAs', { name: user.name, role: t(`session.roleShort.${user.role}`) })}</span>
      <button type="button" className="button button--small" onClick={() => void signOut()}>
        {t('session.signOut')}
      </button>
    </div>
  );
}
