import { useTranslation } from 'react-i18next';
import { formatDuration } from '@/lib/i18n';
import type { Timer } from '../api/types';
import { liveTimer, nearestTimer } from './timer-countdown';

type QueueCountdownProps = { timers: readonly Timer[] | undefined; fetchedAt: number; now: number };

/** The queue's compact countdown: the nearest deadline of a ticket and its colour. */
export function QueueCountdown({ timers, fetchedAt, now }: QueueCountdownProps) {
  const { t } = useTranslation();
  const timer = nearestTimer(timers);
  if (!timer) return <span className="muted">{t('queue.noTimer')}</span>;
  const live = liveTimer(timer, fetchedAt, now);
  const duration = formatDuration(live.remaining, t, { business: true, withSeconds: Math.abs(live.remaining) < 3600 });
  return (
    <span
      className={`queue-countdown queue-countdown--${live.tone}`}
      data-testid="queue-countdown"
      data-state={live.tone}
      data-metric={timer.metric}
      title={t(`metric.${timer.metric}`)}
    >
      <span className="visually-hidden">{t(`metric.${timer.metric}`)}: </span>
      {live.tone === 'breached' ? t('ticket.timers.overdue', { duration }) : t('ticket.timers.remaining', { duration })}
    </span>
  );
}
