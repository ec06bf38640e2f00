import type { ApiClient } from '@/lib/api';
import { useTicketMutation, type TicketActionInput } from './ticket-mutation';
import type { InformationSkippedAction, VersionedTicket } from './types';
import { ifMatch, versionedTicket } from './versioned-ticket';

export async function skipInformation(
  client: ApiClient,
  ticketId: string,
  { etag, body }: TicketActionInput<InformationSkippedAction>,
): Promise<VersionedTicket> {
  return versionedTicket(
    await client.POST('/api/v1/tickets/{ticketId}/information-skipped', {
      params: { path: { ticketId }, header: ifMatch(etag) },
      body,
    }),
  );
}

/** Goes straight to diagnosis when the problem is obvious (step 2), with the reason. */
export function useSkipInformation(ticketId: string) {
  return useTicketMutation(ticketId, skipInformation);
}
