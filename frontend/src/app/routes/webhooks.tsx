import { useTranslation } from 'react-i18next';
import { Webhooks } from '@/features/webhooks/components/webhooks';
import { hasRole, useAuth } from '@/lib/auth';

export function WebhooksRoute() {
  const { t } = useTranslation();
  const session = useAuth();
  if (!hasRole(session, 'lead')) {
    return (
      <section>
        <h1>{t('webhooks.title')}</h1>
        <p role="alert" className="error-banner">
          {t('webhooks.forbidden')}
        </p>
      </section>
    );
  }
  return <Webhooks />;
}
