import { useTranslation } from 'react-i18next';
import { defaultLanguage, formatDateTime, formatDuration, isLanguage } from '@/lib/i18n';
import { acknowledgementAt, type AcknowledgementClock } from './acknowledgement-clock';

type AcknowledgementCountdownProps = { clock: AcknowledgementClock; now: number };

/** How long development has left to acknowledge, or by how much it is late, or when it did. */
export function AcknowledgementCountdown({ clock, now }: AcknowledgementCountdownProps) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : defaultLanguage;
  const { tone, seconds } = acknowledgementAt(clock, now);
  const due = clock.dueAt ? formatDateTime(clock.dueAt, language) : '';
  const duration = formatDuration(seconds, t, { withSeconds: Math.abs(seconds) < 3600 });
  let text: string;
  switch (tone) {
    case 'acknowledged':
      text = clock.breached
        ? t('escalations.clock.acknowledgedLate', { at: formatDateTime(clock.acknowledgedAt ?? '', language) })
        : t('escalations.clock.acknowledged', { at: formatDateTime(clock.acknowledgedAt ?? '', language) });
      break;
    case 'stopped':
      text = t('escalations.clock.stopped');
      break;
    case 'overdue':
      text = seconds < 0 ? t('escalations.clock.overdue', { duration, due }) : t('escalations.clock.breached', { due });
      break;
    default:
      text = t('escalations.clock.remaining', { duration, due });
  }
  return (
    <span className={`acknowledgement acknowledgement--${tone}`} data-testid="acknowledgement" data-state={tone}>
      {text}
    </span>
  );
}
