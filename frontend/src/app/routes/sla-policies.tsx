import { useTranslation } from 'react-i18next';
import { SlaPolicies } from '@/features/sla-policies/components/sla-policies';
import { hasRole, useAuth } from '@/lib/auth';

export function SlaPoliciesRoute() {
  const { t } = useTranslation();
  const session = useAuth();
  if (!hasRole(session, 'lead')) {
    return (
      <section>
        <h1>{t('slaPolicies.title')}</h1>
        <p role="alert" className="error-banner">
          {t('slaPolicies.forbidden')}
        </p>
      </section>
    );
  }
  return <SlaPolicies />;
}
