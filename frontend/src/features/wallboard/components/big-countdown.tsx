import { useTranslation } from 'react-i18next';
import { formatDuration } from '@/lib/i18n';
import { clockFace } from './clock-face';
import type { LiveCountdown } from './wallboard-countdown';

/** The most urgent clock of an emergency, in digits to read across the room. */
export function BigCountdown({ live }: { live: LiveCountdown }) {
  const { t } = useTranslation();
  const { timer, remaining, tone } = live;
  const metric = t(`metric.${timer.metric}`);
  const duration = formatDuration(remaining, t, { business: timer.businessHours !== false, withSeconds: true });
  const spoken =
    tone === 'breached'
      ? t('ticket.timers.overdue', { duration })
      : tone === 'paused'
        ? t('ticket.timers.paused', { duration })
        : t('ticket.timers.remaining', { duration });
  const word = tone === 'breached' ? t('wallboard.card.overdue') : tone === 'paused' ? t('wallboard.card.paused') : t('wallboard.card.remaining');
  return (
    <div className="wallboard-countdown" data-testid="countdown" data-tone={tone} data-metric={timer.metric}>
      <p className="wallboard-countdown__caption">
        {metric} · {word}
      </p>
      <p className="wallboard-countdown__face" role="timer" aria-label={`${metric}: ${spoken}`}>
        {clockFace(remaining)}
      </p>
    </div>
  );
}
