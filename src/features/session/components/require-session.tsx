import { Navigate, Outlet, useLocation } from 'react-router';
import { useSessionStore } from '../../../api/session-store';

/**
 * Pages behind it need a signed-in person; anyone else is sent to sign in and brought back afterwards.
 * A person whose session the server ended stays on the page: what they were typing is not lost, a save
 * still goes to this device, and the banner asks them to sign in again.
 */
export function RequireSession() {
  const allowed = useSessionStore((state) => state.token !== null || (state.expired && state.user !== null));
  const location = useLocation();
  if (allowed) return <Outlet />;
  return <Navigate to={signInPath(`${location.pathname}${location.search}`)} replace />;
}

export const signInPath = (next: string) => `/sign-in?next=${encodeURIComponent(next)}`;
