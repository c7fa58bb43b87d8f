import { NavLink, Outlet, useLocation, useParams } from 'react-router';
import { useSessionStore } from '../api/session-store';
import { canEditPlanStructure, canReview } from '../domain/permissions';
import { PlanSwitcher } from '../features/plans/components/plan-switcher';
import { useI18n } from '../i18n/i18n';

// The list and the report share their filters, so moving between them keeps the query string.
const SECTIONS = [
  { path: '', label: 'planNav.targets', keepsFilters: true },
  { path: '/summary', label: 'planNav.summary', keepsFilters: false },
  { path: '/report', label: 'planNav.report', keepsFilters: true },
  { path: '/transfer', label: 'planNav.transfer', keepsFilters: false },
  { path: '/review', label: 'planNav.review', keepsFilters: false, reviewersOnly: true },
  { path: '/structure', label: 'planNav.structure', keepsFilters: false, structureEditorsOnly: true },
] as const;

/** The pages of one plan: its sections as tabs, and the plan (reporting period) switcher. */
export function PlanLayout() {
  const { planId = '' } = useParams();
  const { pathname, search } = useLocation();
  const { t } = useI18n();
  const base = `/plans/${encodeURIComponent(planId)}`;
  const user = useSessionStore((state) => state.user);
  const sections = SECTIONS.filter((section) => !('reviewersOnly' in section) || (user !== null && canReview(user))).filter(
    (section) => !('structureEditorsOnly' in section) || (user !== null && canEditPlanStructure(user)),
  );
  const current = SECTIONS.find((section) => section.path !== '' && pathname.startsWith(`${base}${section.path}`));
  return (
    <>
      <div className="plan-nav">
        <nav aria-label={t('planNav.label')}>
          <ul className="plan-nav__tabs">
            {sections.map((section) => (
              <li key={section.path}>
                <NavLink
                  to={{ pathname: `${base}${section.path}`, search: section.keepsFilters && current?.keepsFilters !== false ? search : '' }}
                  end={section.path === ''}
                >
                  {t(section.label)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <PlanSwitcher planId={planId} section={current?.path ?? ''} />
      </div>
      <Outlet />
    </>
  );
}
