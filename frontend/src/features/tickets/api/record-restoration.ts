import type { ApiClient } from '@/lib/api';
import { useTicketMutation, type TicketActionInput } from './ticket-mutation';
import type { RestorationAction, VersionedTicket } from './types';
import { ifMatch, versionedTicket } from './versioned-ticket';

export async function recordRestoration(
  client: ApiClient,
  ticketId: string,
  { etag, body }: TicketActionInput<RestorationAction>,
): Promise<VersionedTicket> {
  return versionedTicket(
    await client.POST('/api/v1/tickets/{ticketId}/restoration', {
      params: { path: { ticketId }, header: ifMatch(etag) },
      body,
    }),
  );
}

/** Records what was verified after the system was restored (step 5). */
export function useRecordRestoration(ticketId: string) {
  return useTicketMutation(ticketId, recordRestoration);
}
