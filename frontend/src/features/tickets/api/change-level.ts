import type { ApiClient } from '@/lib/api';
import { useTicketMutation, type TicketActionInput } from './ticket-mutation';
import type { LevelChangeAction, VersionedTicket } from './types';
import { ifMatch, versionedTicket } from './versioned-ticket';

export async function changeLevel(
  client: ApiClient,
  ticketId: string,
  { etag, body }: TicketActionInput<LevelChangeAction>,
): Promise<VersionedTicket> {
  return versionedTicket(
    await client.POST('/api/v1/tickets/{ticketId}/level-change', {
      params: { path: { ticketId }, header: ifMatch(etag) },
      body,
    }),
  );
}

/** Downgrades or upgrades the SLA level; the timers are recomputed. */
export function useChangeLevel(ticketId: string) {
  return useTicketMutation(ticketId, changeLevel);
}
