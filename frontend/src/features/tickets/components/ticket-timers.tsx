import { useTranslation } from 'react-i18next';
import type { Timer } from '../api/types';
import { useNow } from '../hooks/use-now';
import { TimerBar } from './timer-bar';

const metricOrder = ['FIRST_CONTACT', 'DIAGNOSIS', 'RESOLUTION', 'STATUS_UPDATE'] as const;

/** Live countdown bars of every SLA timer of a ticket. */
export function TicketTimers({ timers, fetchedAt }: { timers: readonly Timer[]; fetchedAt: number }) {
  const { t } = useTranslation();
  const now = useNow();
  const ordered = [...timers].sort((a, b) => metricOrder.indexOf(a.metric) - metricOrder.indexOf(b.metric));
  return (
    <section className="panel" aria-labelledby="ticket-timers-heading">
      <h2 id="ticket-timers-heading">{t('ticket.timers.title')}</h2>
      {ordered.length === 0 ? (
        <p className="muted">{t('ticket.timers.none')}</p>
      ) : (
        ordered.map((timer) => <TimerBar key={timer.metric} timer={timer} fetchedAt={fetchedAt} now={now} />)
      )}
    </section>
  );
}
