import { Outlet } from 'react-router';
import { AppHeader } from '@/components/layout/app-header';

export function RootLayout() {
  return (
    <>
      <AppHeader />
      <main className="app-main">
        <Outlet />
      </main>
    </>
  );
}
