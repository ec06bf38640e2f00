import { useTranslation } from 'react-i18next';
import type { Ticket } from '@/features/tickets/api/types';
import { CommunicationComposer } from './communication-composer';
import { CommunicationLog } from './communication-log';
import './communication.css';

/** The ticket's conversation with the client: the log and the composer. */
export function TicketCommunications({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  return (
    <section className="panel ticket-communications" aria-labelledby="ticket-communications-heading">
      <h2 id="ticket-communications-heading">{t('communication.title')}</h2>
      <CommunicationLog ticketId={ticket.id} />
      <CommunicationComposer ticket={ticket} />
    </section>
  );
}
