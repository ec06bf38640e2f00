import type { ApiClient } from '@/lib/api';
import { useTicketMutation, type TicketActionInput } from './ticket-mutation';
import type { ReopenAction, VersionedTicket } from './types';
import { ifMatch, versionedTicket } from './versioned-ticket';

export async function reopenTicket(
  client: ApiClient,
  ticketId: string,
  { etag, body }: TicketActionInput<ReopenAction>,
): Promise<VersionedTicket> {
  return versionedTicket(
    await client.POST('/api/v1/tickets/{ticketId}/reopen', {
      params: { path: { ticketId }, header: ifMatch(etag) },
      body,
    }),
  );
}

/** Reopens a ticket whose problem persists. */
export function useReopenTicket(ticketId: string) {
  return useTicketMutation(ticketId, reopenTicket);
}
