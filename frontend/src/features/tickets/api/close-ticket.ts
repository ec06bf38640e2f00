import type { ApiClient } from '@/lib/api';
import { useTicketMutation, type TicketActionInput } from './ticket-mutation';
import type { CloseAction, VersionedTicket } from './types';
import { ifMatch, versionedTicket } from './versioned-ticket';

export async function closeTicket(
  client: ApiClient,
  ticketId: string,
  { etag, body }: TicketActionInput<CloseAction>,
): Promise<VersionedTicket> {
  return versionedTicket(
    await client.POST('/api/v1/tickets/{ticketId}/close', {
      params: { path: { ticketId }, header: ifMatch(etag) },
      body,
    }),
  );
}

/** Documents cause, solution and recommendations and closes the ticket (step 6). */
export function useCloseTicket(ticketId: string) {
  return useTicketMutation(ticketId, closeTicket);
}
