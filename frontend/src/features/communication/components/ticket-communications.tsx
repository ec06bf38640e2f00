import type { Ticket } from '@/features/tickets/api/types';

/** The ticket's conversation with the client: the log and the composer. */
export function TicketCommunications(_props: { ticket: Ticket }) {
  return null;
}
