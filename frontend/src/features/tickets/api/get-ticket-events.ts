import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError, useApiClient, type ApiClient } from '@/lib/api';
import { ticketKeys } from './ticket-keys';
import type { TicketEventList } from './types';

export async function getTicketEvents(
  client: ApiClient,
  ticketId: string,
  signal?: AbortSignal,
): Promise<TicketEventList> {
  const { data, error, response } = await client.GET('/api/v1/tickets/{ticketId}/events', {
    params: { path: { ticketId } },
    ...(signal ? { signal } : {}),
  });
  if (!data) throw new ApiError(response.status, error);
  return data;
}

export function getTicketEventsQueryOptions(client: ApiClient, ticketId: string) {
  return queryOptions({
    queryKey: ticketKeys.events(ticketId),
    queryFn: ({ signal }) => getTicketEvents(client, ticketId, signal),
  });
}

/** The ticket's history, oldest first. */
export function useTicketEvents(ticketId: string) {
  const client = useApiClient();
  return useQuery(getTicketEventsQueryOptions(client, ticketId));
}
