import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { ApiError, useApiClient, type ApiClient } from '@/lib/api';
import { ticketKeys } from './ticket-keys';
import type { TicketPage } from './types';

const PAGE_SIZE = 25;

export async function getTickets(
  client: ApiClient,
  cursor: string | undefined,
  signal?: AbortSignal,
): Promise<TicketPage> {
  const { data, error, response } = await client.GET('/api/v1/tickets', {
    params: { query: { limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) } },
    ...(signal ? { signal } : {}),
  });
  if (!data) throw new ApiError(response.status, error);
  return data;
}

export function getTicketsQueryOptions(client: ApiClient) {
  return infiniteQueryOptions({
    queryKey: ticketKeys.queue(),
    queryFn: ({ pageParam, signal }) => getTickets(client, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}

/** The queue, page by page in the server's order (emergency first). */
export function useTickets() {
  const client = useApiClient();
  return useInfiniteQuery(getTicketsQueryOptions(client));
}
