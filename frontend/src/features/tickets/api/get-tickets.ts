import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { ApiError, useApiClient, type ApiClient } from '@/lib/api';
import { ticketKeys } from './ticket-keys';
import type { QueueFilters, TicketPage } from './types';

const PAGE_SIZE = 25;

export async function getTickets(
  client: ApiClient,
  cursor: string | undefined,
  filters: QueueFilters = {},
  signal?: AbortSignal,
): Promise<TicketPage> {
  const { status, level, breached, q } = filters;
  const { data, error, response } = await client.GET('/api/v1/tickets', {
    params: {
      query: {
        limit: PAGE_SIZE,
        ...(cursor ? { cursor } : {}),
        ...(status ? { status: [status] } : {}),
        ...(level ? { level } : {}),
        ...(breached ? { breached } : {}),
        ...(q ? { q } : {}),
      },
    },
    ...(signal ? { signal } : {}),
  });
  if (!data) throw new ApiError(response.status, error);
  return data;
}

export function getTicketsQueryOptions(client: ApiClient, filters: QueueFilters = {}) {
  return infiniteQueryOptions({
    queryKey: ticketKeys.queue(filters),
    queryFn: ({ pageParam, signal }) => getTickets(client, pageParam, filters, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    // No polling: live events mark the queue stale (app/live-events); the countdowns tick locally.
  });
}

/** The queue, page by page in the server's order (emergency first). */
export function useTickets(filters: QueueFilters = {}) {
  const client = useApiClient();
  return useInfiniteQuery(getTicketsQueryOptions(client, filters));
}
