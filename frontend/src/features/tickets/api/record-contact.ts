import type { ApiClient } from '@/lib/api';
import { useTicketMutation, type TicketActionInput } from './ticket-mutation';
import type { ContactAction, VersionedTicket } from './types';
import { ifMatch, versionedTicket } from './versioned-ticket';

export async function recordContact(
  client: ApiClient,
  ticketId: string,
  { etag, body }: TicketActionInput<ContactAction>,
): Promise<VersionedTicket> {
  return versionedTicket(
    await client.POST('/api/v1/tickets/{ticketId}/contact', {
      params: { path: { ticketId }, header: ifMatch(etag) },
      body,
    }),
  );
}

/** Records a contact with the client (step 1, and every status update). */
export function useRecordContact(ticketId: string) {
  return useTicketMutation(ticketId, recordContact);
}
