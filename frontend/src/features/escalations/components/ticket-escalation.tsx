import type { Ticket } from '@/features/tickets/api/types';

/** The ticket's hand-over to development: its state, and the dialog to escalate. */
export function TicketEscalation(_props: { ticket: Ticket }) {
  return null;
}
