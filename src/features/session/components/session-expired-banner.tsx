import { Link, useLocation } from 'react-router';
import { useSessionStore } from '../../../api/session-store';
import { useI18n } from '../../../i18n/i18n';
import { signInPath } from './require-session';

/** Says the session has ended and leads to signing in again, without taking the person off their page. */
export function SessionExpiredBanner() {
  const { t } = useI18n();
  const location = useLocation();
  const expired = useSessionStore((state) => state.expired && state.token === null);
  if (!expired || location.pathname === '/sign-in') return null;
  return (
    <div className="session-expired" role="alert">
      <p>
        {t('session.expiredBanner')}{' '}
        <Link to={signInPath(`${location.pathname}${location.search}`)}>{t('session.signInAgain')}</Link>
      </p>
    </div>
  );
}
