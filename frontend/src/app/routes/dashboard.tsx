import { useTranslation } from 'react-i18next';
import { TodayDashboard } from '@/features/reports/components/today-dashboard';
import { hasRole, useAuth } from '@/lib/auth';

export function DashboardRoute() {
  const { t } = useTranslation();
  const session = useAuth();
  if (!hasRole(session, 'lead')) {
    return (
      <section>
        <h1>{t('reports.dashboard.title')}</h1>
        <p role="alert" className="error-banner">
          {t('reports.forbidden')}
        </p>
      </section>
    );
  }
  return <TodayDashboard />;
}
