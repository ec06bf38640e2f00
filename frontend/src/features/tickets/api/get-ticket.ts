import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api';
import { ticketKeys } from './ticket-keys';
import type { VersionedTicket } from './types';
import { versionedTicket } from './versioned-ticket';

// Timers and the checklist are computed by the server; refetch them once a minute.
const REFRESH_MS = 60_000;

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
    refetchInterval: REFRESH_MS,
  });
}

/** One ticket with its timers, checklist and allowed actions, and the ETag to change it. */
export function useTicket(ticketId: string) {
  const client = useApiClient();
  return useQuery(getTicketQueryOptions(client, ticketId));
}
