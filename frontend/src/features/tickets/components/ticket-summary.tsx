import { useTranslation } from 'react-i18next';
import { defaultLanguage, formatDateTime, isLanguage } from '@/lib/i18n';
import type { Ticket } from '../api/types';

/** Who and what: client, contact, assignee, participants and escalations. */
export function TicketSummary({ ticket }: { ticket: Ticket }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : defaultLanguage;
  const participants = ticket.participants ?? [];
  const escalations = ticket.escalations ?? [];
  const contact = [ticket.contactName, ticket.contactPhone, ticket.contactEmail].filter(Boolean).join(', ');
  return (
    <section className="panel" aria-labelledby="ticket-summary-heading">
      <h2 id="ticket-summary-heading">{t('ticket.details.title')}</h2>
      <dl className="details">
        <dt>{t('ticket.details.client')}</dt>
        <dd>{ticket.clientName}</dd>
        <dt>{t('ticket.details.contact')}</dt>
        <dd>{contact}</dd>
        <dt>{t('ticket.details.channel')}</dt>
        <dd>{t(`channel.${ticket.channel}`)}</dd>
        <dt>{t('ticket.details.receivedAt')}</dt>
        <dd>
          <time dateTime={ticket.receivedAt}>{formatDateTime(ticket.receivedAt, language)}</time>
        </dd>
        {ticket.criterion && (
          <>
            <dt>{t('ticket.details.criterion')}</dt>
            <dd>{t(`criterion.${ticket.criterion}`)}</dd>
          </>
        )}
        <dt>{t('ticket.details.assignee')}</dt>
        <dd data-testid="ticket-assignee">{ticket.assignee ?? t('ticket.details.unassigned')}</dd>
        <dt>{t('ticket.details.participants')}</dt>
        <dd data-testid="ticket-participants">
          {participants.length === 0
            ? t('ticket.details.noParticipants')
            : participants.map((p) => (p.productArea ? `${p.name} (${p.productArea})` : p.name)).join(', ')}
        </dd>
        <dt>{t('ticket.escalations.title')}</dt>
        <dd data-testid="ticket-escalations">
          {escalations.length === 0 ? (
            t('ticket.escalations.none')
          ) : (
            <ul className="plain-list">
              {escalations.map((escalation) => (
                <li key={escalation.id}>
                  {t('ticket.escalations.item', {
                    status: t(`escalationStatus.${escalation.status}`),
                    at: formatDateTime(escalation.createdAt, language),
                  })}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      {ticket.description && (
        <>
          <h3>{t('ticket.details.description')}</h3>
          <p className="ticket-description">{ticket.description}</p>
        </>
      )}
    </section>
  );
}
