import type { ApiClient } from '@/lib/api';
import { useTicketMutation, type TicketActionInput } from './ticket-mutation';
import type { CriticalityAction, VersionedTicket } from './types';
import { ifMatch, versionedTicket } from './versioned-ticket';

export async function decideCriticality(
  client: ApiClient,
  ticketId: string,
  { etag, body }: TicketActionInput<CriticalityAction>,
): Promise<VersionedTicket> {
  return versionedTicket(
    await client.POST('/api/v1/tickets/{ticketId}/criticality', {
      params: { path: { ticketId }, header: ifMatch(etag) },
      body,
    }),
  );
}

/** Confirms or rejects the emergency criterion; records the processing start (step 1). */
export function useDecideCriticality(ticketId: string) {
  return useTicketMutation(ticketId, decideCriticality);
}
