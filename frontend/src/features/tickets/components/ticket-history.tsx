import { useTranslation } from 'react-i18next';
import { defaultLanguage, formatDateTime, isLanguage } from '@/lib/i18n';
import { useTicketEvents } from '../api/get-ticket-events';

/** The ticket's history, newest last, with the event types people know by name. */
export function TicketHistory({ ticketId }: { ticketId: string }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : defaultLanguage;
  const events = useTicketEvents(ticketId);
  const typeName = (type: string) => {
    const key = `ticket.history.types.${type}`;
    return i18n.exists(key) ? t(key as 'ticket.history.types.ticket.created') : type;
  };
  let body;
  if (events.isPending) body = <p className="muted">{t('ticket.history.loading')}</p>;
  else if (events.isError) body = <p role="alert" className="error-banner">{t('ticket.history.failed', { reason: events.error.message })}</p>;
  else if (events.data.items.length === 0) body = <p className="muted">{t('ticket.history.empty')}</p>;
  else {
    const ordered = [...events.data.items].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt) || a.id - b.id);
    body = (
      <ol className="history">
        {ordered.map((event) => (
          <li key={event.id} data-testid="history-event" data-type={event.type}>
            <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt, language)}</time>{' '}
            <strong>{typeName(event.type)}</strong> <span className="muted">{event.actor}</span>
          </li>
        ))}
      </ol>
    );
  }
  return (
    <section className="panel" aria-labelledby="ticket-history-heading">
      <h2 id="ticket-history-heading">{t('ticket.history.title')}</h2>
      {body}
    </section>
  );
}
