import { useParams } from 'react-router';
import { TicketWorkspace } from '@/features/tickets/components/ticket-workspace';

export function TicketRoute() {
  const { ticketId = '' } = useParams<'ticketId'>();
  // A new id is a new workspace: no form keeps what was typed for another ticket.
  return <TicketWorkspace key={ticketId} ticketId={ticketId} />;
}
