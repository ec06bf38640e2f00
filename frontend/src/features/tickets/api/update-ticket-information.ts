import type { ApiClient } from '@/lib/api';
import { useTicketMutation, type TicketActionInput } from './ticket-mutation';
import type { TicketInformation, VersionedTicket } from './types';
import { ifMatch, versionedTicket } from './versioned-ticket';

export async function updateTicketInformation(
  client: ApiClient,
  ticketId: string,
  { etag, body }: TicketActionInput<TicketInformation>,
): Promise<VersionedTicket> {
  return versionedTicket(
    await client.PATCH('/api/v1/tickets/{ticketId}', {
      params: { path: { ticketId }, header: ifMatch(etag) },
      headers: { 'Content-Type': 'application/merge-patch+json' },
      body,
    }),
  );
}

/** Records the information collected in step 2 as a JSON merge patch (`null` clears a field). */
export function useUpdateTicketInformation(ticketId: string) {
  return useTicketMutation(ticketId, updateTicketInformation);
}
