import '../session.css';
import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError, usesServerAccounts } from '../../../api/client';
import type { SessionResponse } from '../../../api/contract';
import { useSessionStore } from '../../../api/session-store';
import { useDocumentTitle } from '../../../components/ui/use-document-title';
import { useI18n } from '../../../i18n/i18n';
import { DemoSignInForm } from './demo-sign-in-form';
import { PasswordSignInForm } from './password-sign-in-form';

/** Only paths inside the app are followed after signing in, never another site. */
const safeNext = (next: string | null) => (next && next.startsWith('/') && !next.startsWith('//') ? next : '/');

/** Signing in: with a password against the real server, by picking a person in the embedded demo. */
export function SignInPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const { token, expired, user: previousUser } = useSessionStore();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useDocumentTitle(t('session.signInTitle'));

  if (token) return <Navigate to={next} replace />;

  function messageFor(error: unknown): string {
    if (error instanceof ApiError && error.kind === 'network') return t('session.offline');
    if (error instanceof ApiError && usesServerAccounts() && error.status === 401) return t('account.wrongCredentials');
    if (error instanceof ApiError && error.status === 429) return t('account.tooManyAttempts');
    return t('session.signInFailed', { message: error instanceof Error ? error.message : '' });
  }

  async function attempt(call: () => Promise<SessionResponse>) {
    setBusy(true);
    setProblem(null);
    try {
      useSessionStore.getState().signedIn(await call());
      void navigate(next, { replace: true });
    } catch (error) {
      setProblem(messageFor(error));
    } finally {
      setBusy(false);
    }
  }

  const Form = usesServerAccounts() ? PasswordSignInForm : DemoSignInForm;
  return (
    <section className="sign-in" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t('session.signInTitle')}</h1>
      {expired && (
        <p className="notice notice--warning" role="status">
          {t('session.expired')}
        </p>
      )}
      <Form previousUserId={previousUser?.id ?? null} attempt={attempt} busy={busy} problem={problem} setProblem={setProblem} />
    </section>
  );
}
