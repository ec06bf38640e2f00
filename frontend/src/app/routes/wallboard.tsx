import { useTranslation } from 'react-i18next';
import { WallboardPage } from '@/features/wallboard/components/wallboard-page';
import { hasRole, useAuth } from '@/lib/auth';

/** Full screen, outside the desk's header and navigation. */
export function WallboardRoute() {
  const { t } = useTranslation();
  const session = useAuth();
  if (!['wallboard', 'agent', 'lead'].some((role) => hasRole(session, role))) {
    return (
      <main className="app-status">
        <h1>{t('wallboard.title')}</h1>
        <p role="alert" className="error-banner">
          {t('wallboard.forbidden')}
        </p>
      </main>
    );
  }
  return <WallboardPage />;
}
