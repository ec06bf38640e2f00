import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api';
import { ticketKeys } from './ticket-keys';
import type { VersionedTicket } from './types';
import { versionedTicket } from './versioned-ticket';

export async function getTicket(client: ApiClient, ticketId: string, signal?: AbortSignal): Promise<VersionedTicket> {
  return versionedTicket(
    await client.GET('/api/v1/tickets/{ticketId}', {
      params: { path: { ticketId } },
      ...(signal ? { signal } : {}),
    }),
  );
}

export function getTicketQueryOptions(client: ApiClient, ticketId: string) {
  return queryOptions({
    queryKey: ticketKeys.detail(ticketId),
    queryFn: ({ signal }) => getTicket(client, ticketId, signal),
    // No polling: the ticket's live events mark it stale (app/live-events); the timers tick locally.
  });
}

/** One ticket with its timers, checklist and allowed actions, and the ETag to change it. */
export function useTicket(ticketId: string) {
  const client = useApiClient();
  return useQuery(getTicketQueryOptions(client, ticketId));
}
