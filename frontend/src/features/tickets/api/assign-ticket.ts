import type { ApiClient } from '@/lib/api';
import { useTicketMutation, type TicketActionInput } from './ticket-mutation';
import type { AssignmentAction, VersionedTicket } from './types';
import { ifMatch, versionedTicket } from './versioned-ticket';

export async function assignTicket(
  client: ApiClient,
  ticketId: string,
  { etag, body }: TicketActionInput<AssignmentAction>,
): Promise<VersionedTicket> {
  return versionedTicket(
    await client.POST('/api/v1/tickets/{ticketId}/assignment', {
      params: { path: { ticketId }, header: ifMatch(etag) },
      body,
    }),
  );
}

/** Gives the ticket to an agent. */
export function useAssignTicket(ticketId: string) {
  return useTicketMutation(ticketId, assignTicket);
}
