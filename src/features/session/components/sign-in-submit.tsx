import { useI18n } from '../../../i18n/i18n';

/** The end of either sign-in form: why the last attempt failed, and the button. */
export function SignInSubmit({ busy, problem }: { busy: boolean; problem: string | null }) {
  const { t } = useI18n();
  return (
    <>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? t('session.signingIn') : t('session.signIn')}
      </button>
    </>
  );
}
