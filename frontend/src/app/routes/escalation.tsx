import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EscalationWorkspace } from '@/features/escalations/components/escalation-workspace';
import { hasRole, useAuth } from '@/lib/auth';

export function EscalationRoute() {
  const { t } = useTranslation();
  const session = useAuth();
  const { escalationId = '' } = useParams<'escalationId'>();
  if (!['developer', 'lead', 'agent'].some((role) => hasRole(session, role))) {
    return (
      <p role="alert" className="error-banner">
        {t('escalations.queue.forbidden')}
      </p>
    );
  }
  // A new id is a new page: no form keeps what was typed for another escalation.
  return <EscalationWorkspace key={escalationId} escalationId={escalationId} />;
}
