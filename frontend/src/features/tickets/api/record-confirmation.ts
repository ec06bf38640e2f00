import type { ApiClient } from '@/lib/api';
import { useTicketMutation, type TicketActionInput } from './ticket-mutation';
import type { ConfirmationAction, VersionedTicket } from './types';
import { ifMatch, versionedTicket } from './versioned-ticket';

export async function recordConfirmation(
  client: ApiClient,
  ticketId: string,
  { etag, body }: TicketActionInput<ConfirmationAction>,
): Promise<VersionedTicket> {
  return versionedTicket(
    await client.POST('/api/v1/tickets/{ticketId}/confirmation', {
      params: { path: { ticketId }, header: ifMatch(etag) },
      body,
    }),
  );
}

/** Records the client's confirmation that the system works (step 5). */
export function useRecordConfirmation(ticketId: string) {
  return useTicketMutation(ticketId, recordConfirmation);
}
