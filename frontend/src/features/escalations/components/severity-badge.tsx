import { useTranslation } from 'react-i18next';
import type { EscalationSeverity } from '../api/types';

export function SeverityBadge({ severity }: { severity: EscalationSeverity }) {
  const { t } = useTranslation();
  return (
    <span className={`severity-badge severity-badge--${severity.toLowerCase()}`} data-testid="escalation-severity" data-severity={severity}>
      {t(`escalations.severity.${severity}`)}
    </span>
  );
}
