import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useSessionStore } from '../api/session-store';
import { canAdminister } from '../domain/permissions';
import { SessionExpiredBanner } from '../features/session/components/session-expired-banner';
import { UserMenu } from '../features/session/components/user-menu';
import { StorageWarnings } from '../features/sync/components/storage-warnings';
import { SyncPanel } from '../features/sync/components/sync-panel';
import { SyncStatus } from '../features/sync/components/sync-status';
import { useI18n } from '../i18n/i18n';
import { DatasetNotice, useDemoDatasetProblemStore } from './dataset-notice';
import { LanguageSwitcher } from './language-switcher';

export function Layout({ demo }: { demo: boolean }) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  // The targets section spans the front page and every plan's pages.
  const inTargets = pathname === '/' || pathname.startsWith('/plans/');
  // A person whose session has ended keeps working locally, with the whole app around them.
  const signedIn = useSessionStore((state) => state.user !== null && (state.token !== null || state.expired));
  const responsible = useSessionStore((state) => state.user?.role === 'responsible');
  const admin = useSessionStore((state) => state.user !== null && canAdminister(state.user));
  // Why the demo refused the address's dataset, once it has started.
  const problem = useDemoDatasetProblemStore((state) => state.problem);
  return (
    <>
      <a className="skip-link" href="#main-content">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <Link to="/" className="app-header__brand">
            <span className="app-header__name">{t('app.name')}</span>
            <span className="app-header__tagline">{t('app.tagline')}</span>
          </Link>
          {signedIn && (
            <nav className="app-nav" aria-label={t('app.mainNavigation')}>
              <ul>
                <li>
                  <Link to="/" aria-current={inTargets ? 'page' : undefined}>
                    {t('app.nav.targets')}
                  </Link>
                </li>
                {responsible && (
                  <li>
                    <NavLink to="/my-targets">{t('app.nav.myTargets')}</NavLink>
                  </li>
                )}
                <li>
                  <NavLink to="/measures">{t('app.nav.measures')}</NavLink>
                </li>
                <li>
                  <NavLink to="/projects">{t('app.nav.projects')}</NavLink>
                </li>
                {admin && (
                  <li>
                    <NavLink to="/admin/users">{t('app.nav.users')}</NavLink>
                  </li>
                )}
              </ul>
            </nav>
          )}
          {signedIn && <SyncStatus />}
          <UserMenu />
          <LanguageSwitcher />
        </div>
        <StorageWarnings />
        {demo && <p className="app-header__demo">{t('app.demoNotice')}</p>}
        {problem && <DatasetNotice problem={problem} />}
        {signedIn && <SyncPanel />}
        <SessionExpiredBanner />
      </header>
      <main id="main-content" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="app-footer">
        <nav aria-label={t('app.footer.label')}>
          <Link to="/accessibility">{t('app.footer.accessibility')}</Link>
        </nav>
      </footer>
    </>
  );
}
