import { useTranslation } from 'react-i18next';
import { EscalationQueue } from '@/features/escalations/components/escalation-queue';
import { hasRole, useAuth } from '@/lib/auth';

export function EscalationsRoute() {
  const { t } = useTranslation();
  const session = useAuth();
  const allowed = ['developer', 'lead', 'agent'].some((role) => hasRole(session, role));
  return (
    <section>
      <h1>{t('escalations.queue.title')}</h1>
      {allowed ? (
        <EscalationQueue />
      ) : (
        <p role="alert" className="error-banner">
          {t('escalations.queue.forbidden')}
        </p>
      )}
    </section>
  );
}
