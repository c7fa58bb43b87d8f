import { useState, type FormEvent } from 'react';
import { apiClient } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import type { SignInFormProps } from './demo-sign-in-form';
import { SignInSubmit } from './sign-in-submit';

/** The real server's sign-in: an account's username and password. */
export function PasswordSignInForm({ previousUserId, attempt, busy, problem, setProblem }: SignInFormProps) {
  const { t } = useI18n();
  const [username, setUsername] = useState(previousUserId ?? '');
  const [password, setPassword] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!username.trim() || !password) return setProblem(t('account.fillBoth'));
    void attempt(() => apiClient.signInWithPassword({ username: username.trim(), password }));
  }

  return (
    <>
      <p>{t('account.intro')}</p>
      <form onSubmit={submit} noValidate className="sign-in__account">
        <div className="field">
          <label htmlFor="sign-in-username">{t('account.username')}</label>
          <input
            id="sign-in-username"
            name="username"
            autoComplete="username"
            value={username}
            onChange={(event) => setUsername(event.target.value)}
            required
            aria-invalid={problem !== null && !username.trim()}
          />
        </div>
        <div className="field">
          <label htmlFor="sign-in-password">{t('account.password')}</label>
          <input
            id="sign-in-password"
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            required
            aria-invalid={problem !== null && !password}
          />
        </div>
        <SignInSubmit busy={busy} problem={problem} />
        <p className="sign-in__hint">{t('account.forgotten')}</p>
      </form>
    </>
  );
}
