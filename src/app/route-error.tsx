import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { ErrorState } from '../components/ui/query-states';
import { useI18n } from '../i18n/i18n';

/** Catches what a page threw, so one broken view never blanks the whole app. */
export function RouteError() {
  const error = useRouteError();
  const { t } = useI18n();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  return (
    <>
      <ErrorState error={error} onRetry={() => window.location.reload()} />
      <p>
        <Link to="/">{t('state.toFrontPage')}</Link>
      </p>
    </>
  );
}

export function NotFound() {
  const { t } = useI18n();
  return (
    <div className="state">
      <h1>{t('state.pageNotFound')}</h1>
      <p>
        <Link to="/">{t('state.toFrontPage')}</Link>
      </p>
    </div>
  );
}
