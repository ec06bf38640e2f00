import { useTranslation } from 'react-i18next';
import type { EscalationStatus } from '../api/types';

export function EscalationStatusBadge({ status }: { status: EscalationStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`status-badge escalation-status escalation-status--${status.toLowerCase()}`} data-testid="escalation-status" data-status={status}>
      {t(`escalations.status.${status}`)}
    </span>
  );
}
