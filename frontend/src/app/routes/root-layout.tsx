import { Navigate, Outlet } from 'react-router';
import { AppHeader } from '@/components/layout/app-header';
import { paths } from '@/config/paths';
import { isWallboardOnly, useAuth } from '@/lib/auth';
import { LiveEventsProvider } from '../live-events/live-events-provider';

export function RootLayout() {
  const session = useAuth();
  // A support-room screen has no desk: it goes straight to the full-screen wallboard.
  if (isWallboardOnly(session)) return <Navigate to={paths.wallboard.getHref()} replace />;
  return (
    <LiveEventsProvider>
      <AppHeader />
      <main className="app-main">
        <Outlet />
      </main>
    </LiveEventsProvider>
  );
}
