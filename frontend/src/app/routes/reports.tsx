import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { hasRole, useAuth } from '@/lib/auth';

// The charts library is loaded only when a lead opens the reports, never with the queue.
const ReportsPage = lazy(() => import('@/features/reports/components/reports-page').then((module) => ({ default: module.ReportsPage })));

export function ReportsRoute() {
  const { t } = useTranslation();
  const session = useAuth();
  if (!hasRole(session, 'lead')) {
    return (
      <section>
        <h1>{t('reports.title')}</h1>
        <p role="alert" className="error-banner">
          {t('reports.forbidden')}
        </p>
      </section>
    );
  }
  return (
    <Suspense fallback={<p className="muted">{t('reports.loadingPage')}</p>}>
      <ReportsPage />
    </Suspense>
  );
}
