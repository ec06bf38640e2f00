import { useTranslation } from 'react-i18next';
import { CommunicationSettings } from '@/features/communication/components/communication-settings';
import { hasRole, useAuth } from '@/lib/auth';

export function TemplatesRoute() {
  const { t } = useTranslation();
  const session = useAuth();
  if (!hasRole(session, 'lead')) {
    return (
      <section>
        <h1>{t('communication.settings.title')}</h1>
        <p role="alert" className="error-banner">
          {t('communication.settings.forbidden')}
        </p>
      </section>
    );
  }
  return <CommunicationSettings />;
}
