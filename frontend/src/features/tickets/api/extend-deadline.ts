import type { ApiClient } from '@/lib/api';
import { useTicketMutation, type TicketActionInput } from './ticket-mutation';
import type { DeadlineExtensionAction, VersionedTicket } from './types';
import { ifMatch, versionedTicket } from './versioned-ticket';

export async function extendDeadline(
  client: ApiClient,
  ticketId: string,
  { etag, body }: TicketActionInput<DeadlineExtensionAction>,
): Promise<VersionedTicket> {
  return versionedTicket(
    await client.POST('/api/v1/tickets/{ticketId}/deadline-extension', {
      params: { path: { ticketId }, header: ifMatch(etag) },
      body,
    }),
  );
}

/** Sets a new target for a metric with a reason; the breach stays recorded. */
export function useExtendDeadline(ticketId: string) {
  return useTicketMutation(ticketId, extendDeadline);
}
