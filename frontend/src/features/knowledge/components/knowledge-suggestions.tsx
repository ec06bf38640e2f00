import type { Ticket } from '@/features/tickets/api/types';

/** Known solutions for the ticket's text, from the knowledge base. */
export function KnowledgeSuggestions(_props: { ticket: Ticket }) {
  return null;
}
