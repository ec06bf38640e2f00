import { useTranslation } from 'react-i18next';
import { defaultLanguage, formatDateTime, formatDuration, isLanguage } from '@/lib/i18n';
import type { Timer } from '../api/types';
import { liveTimer } from './timer-countdown';

type TimerBarProps = { timer: Timer; fetchedAt: number; now: number };

/** One SLA metric: name, due time (Moscow), remaining business time ticking, and a coloured bar. */
export function TimerBar({ timer, fetchedAt, now }: TimerBarProps) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : defaultLanguage;
  const live = liveTimer(timer, fetchedAt, now);
  const duration = formatDuration(live.remaining, t, { business: true, withSeconds: live.remaining < 3600 && live.remaining > -3600 });
  const metric = t(`metric.${timer.metric}`);
  const status =
    live.tone === 'met'
      ? t('ticket.timers.met', { time: formatDateTime(timer.stoppedAt ?? timer.dueAt, language) })
      : live.tone === 'breached'
        ? t('ticket.timers.overdue', { duration })
        : live.tone === 'paused'
          ? t('ticket.timers.paused', { duration })
          : t('ticket.timers.remaining', { duration });
  const percent = Math.round(Math.max(0, live.percent));
  return (
    <div
      className={`timer-bar timer-bar--${live.tone}`}
      data-testid={`timer-${timer.metric}`}
      data-state={live.tone}
      data-timer-state={timer.state}
      title={t(`timerState.${timer.state}`)}
    >
      <div className="timer-bar__head">
        <strong>{metric}</strong>
        <span className="timer-bar__remaining" data-testid={`timer-${timer.metric}-remaining`}>
          {status}
        </span>
      </div>
      <div
        className="timer-bar__track"
        role="progressbar"
        aria-label={t('ticket.timers.progress', { metric, percent })}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.min(100, percent)}
      >
        <div className="timer-bar__fill" style={{ width: `${Math.min(100, percent)}%` }} />
      </div>
      <p className="muted timer-bar__due">
        <time dateTime={timer.dueAt}>{t('ticket.timers.due', { time: formatDateTime(timer.dueAt, language) })}</time>
        {timer.extended && <> · {t('ticket.timers.extended')}</>}
      </p>
    </div>
  );
}
