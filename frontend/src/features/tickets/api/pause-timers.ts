import type { ApiClient } from '@/lib/api';
import { useTicketMutation, type TicketActionInput } from './ticket-mutation';
import type { PauseAction, VersionedTicket } from './types';
import { ifMatch, versionedTicket } from './versioned-ticket';

export async function pauseTimers(
  client: ApiClient,
  ticketId: string,
  { etag, body }: TicketActionInput<PauseAction>,
): Promise<VersionedTicket> {
  return versionedTicket(
    await client.POST('/api/v1/tickets/{ticketId}/pause', {
      params: { path: { ticketId }, header: ifMatch(etag) },
      body,
    }),
  );
}

/** Pauses the ticket's timers where the policy allows it. */
export function usePauseTimers(ticketId: string) {
  return useTicketMutation(ticketId, pauseTimers);
}
