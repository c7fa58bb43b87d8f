import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { SessionResponse } from '../../../api/contract';
import { apiClient } from '../../../api/client';
import { ErrorState, LoadingState } from '../../../components/ui/query-states';
import type { Role } from '../../../domain/user';
import { useI18n } from '../../../i18n/i18n';
import { signInUsersQuery } from '../queries';
import { SignInSubmit } from './sign-in-submit';

/** The people who sign in most often first. */
const ROLE_ORDER: readonly Role[] = ['responsible', 'manager', 'viewer', 'admin'];

export interface SignInFormProps {
  /** The person who was signed in before, preselected. */
  previousUserId: string | null;
  /** Signs in; answers a message to show when it failed. */
  attempt: (call: () => Promise<SessionResponse>) => Promise<void>;
  busy: boolean;
  problem: string | null;
  setProblem: (problem: string | null) => void;
}

/** The demo's sign-in: pick one of the listed people (no passwords in the embedded demo). */
export function DemoSignInForm({ previousUserId, attempt, busy, problem, setProblem }: SignInFormProps) {
  const { t } = useI18n();
  const users = useQuery(signInUsersQuery());
  const [chosen, setChosen] = useState(previousUserId ?? '');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!chosen) return setProblem(t('session.choosePersonFirst'));
    void attempt(() => apiClient.signIn({ userId: chosen }));
  }

  return (
    <>
      <p>{t('session.signInIntro')}</p>
      {users.isPending && <LoadingState />}
      {users.isError && <ErrorState error={users.error} onRetry={() => void users.refetch()} />}
      {users.data && (
        <form onSubmit={submit} noValidate>
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
          <SignInSubmit busy={busy} problem={problem} />
        </form>
      )}
    </>
  );
}
