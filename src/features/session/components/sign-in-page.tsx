import '../session.css';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError, apiClient } from '../../../api/client';
import { useSessionStore } from '../../../api/session-store';
import { ErrorState, LoadingState } from '../../../components/ui/query-states';
import { useDocumentTitle } from '../../../components/ui/use-document-title';
import type { Role } from '../../../domain/user';
import { useI18n } from '../../../i18n/i18n';
import { signInUsersQuery } from '../queries';

/** The people who sign in most often first. */
const ROLE_ORDER: readonly Role[] = ['responsible', 'manager', 'viewer', 'admin'];

/** Only paths inside the app are followed after signing in, never another site. */
const safeNext = (next: string | null) => (next && next.startsWith('/') && !next.startsWith('//') ? next : '/');

export function SignInPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const users = useQuery(signInUsersQuery());
  const { token, expired, user: previousUser } = useSessionStore();
  const [chosen, setChosen] = useState(previousUser?.id ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useDocumentTitle(t('session.signInTitle'));

  if (token) return <Navigate to={next} replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!chosen) return setProblem(t('session.choosePersonFirst'));
    setBusy(true);
    try {
      const session = await apiClient.signIn({ userId: chosen });
      useSessionStore.getState().signedIn(session);
      void navigate(next, { replace: true });
    } catch (error) {
      const offline = error instanceof ApiError && error.kind === 'network';
      setProblem(offline ? t('session.offline') : t('session.signInFailed', { message: error instanceof Error ? error.message : '' }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="sign-in" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t('session.signInTitle')}</h1>
      {expired && (
        <p className="notice notice--warning" role="status">
          {t('session.expired')}
        </p>
      )}
      <p>{t('session.signInIntro')}</p>
      {users.isPending && <LoadingState />}
      {users.isError && <ErrorState error={users.error} onRetry={() => void users.refetch()} />}
      {users.data && (
        <form onSubmit={(event) => void submit(event)} noValidate>
          {ROLE_ORDER.map((role) => {
            const people = users.data.users.filter((person) => person.role === role);
            if (people.length === 0) return null;
            return (
              <fieldset key={role} className="sign-in__group">
                <legend>{t(`session.roles.${role}`)}</legend>
                {people.map((person) => (
                  <label key={person.id} className="sign-in__person">
                    <input
                      type="radio"
                      name="person"
                      value={person.id}
                      checked={chosen === person.id}
                      onChange={() => {
                        setChosen(person.id);
                        setProblem(null);
                      }}
                    />
                    <span>
                      <strong>{person.name}</strong>
                      <span className="sign-in__title">
                        {person.title}
                        {person.illustrative ? ` — ${t('session.illustrative')}` : ''}
                      </span>
                    </span>
                  </label>
                ))}
              </fieldset>
            );
          })}
          {problem && (
            <p className="form-error" role="alert">
              {problem}
            </p>
          )}
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? t('session.signingIn') : t('session.signIn')}
          </button>
        </form>
      )}
    </section>
  );
}
