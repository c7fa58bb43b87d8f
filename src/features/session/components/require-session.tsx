import { Navigate, Outlet, useLocation } from 'react-router';
import { useSessionStore } from '../../../api/session-store';

/** Pages behind it need a signed-in person; anyone else is sent to sign in and brought back afterwards. */
export function RequireSession() {
  const token = useSessionStore((state) => state.token);
  const location = useLocation();
  if (token) return <Outlet />;
  const next = `${location.pathname}${location.search}`;
  return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
}
