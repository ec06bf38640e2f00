import type { ApiClient } from '@/lib/api';
import { useTicketMutation, type TicketActionInput } from './ticket-mutation';
import type { ParticipantsAction, VersionedTicket } from './types';
import { ifMatch, versionedTicket } from './versioned-ticket';

export async function addParticipants(
  client: ApiClient,
  ticketId: string,
  { etag, body }: TicketActionInput<ParticipantsAction>,
): Promise<VersionedTicket> {
  return versionedTicket(
    await client.POST('/api/v1/tickets/{ticketId}/participants', {
      params: { path: { ticketId }, header: ifMatch(etag) },
      body,
    }),
  );
}

/** Adds key specialists as participants (step 4). */
export function useAddParticipants(ticketId: string) {
  return useTicketMutation(ticketId, addParticipants);
}
