import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { ApiError, useApiClient, type ApiClient } from '@/lib/api';
import { escalationKeys } from './escalation-keys';
import type { EscalationFilters, EscalationPage } from './types';

const PAGE_SIZE = 25;

export async function getEscalations(
  client: ApiClient,
  cursor: string | undefined,
  filters: EscalationFilters = {},
  signal?: AbortSignal,
): Promise<EscalationPage> {
  const { status, severity, breached } = filters;
  const { data, error, response } = await client.GET('/api/v1/escalations', {
    params: {
      query: {
        limit: PAGE_SIZE,
        ...(cursor ? { cursor } : {}),
        ...(status && status.length > 0 ? { status } : {}),
        ...(severity ? { severity } : {}),
        ...(breached !== undefined ? { breached } : {}),
      },
    },
    ...(signal ? { signal } : {}),
  });
  if (!data) throw new ApiError(response.status, error);
  return data;
}

export function getEscalationsQueryOptions(client: ApiClient, filters: EscalationFilters = {}) {
  return infiniteQueryOptions({
    queryKey: escalationKeys.queue(filters),
    queryFn: ({ pageParam, signal }) => getEscalations(client, pageParam, filters, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    // No polling: `escalation.*` live events mark it stale (app/live-events).
  });
}

/** The development queue, page by page in the server's order (unacknowledged first). */
export function useEscalations(filters: EscalationFilters = {}) {
  const client = useApiClient();
  return useInfiniteQuery(getEscalationsQueryOptions(client, filters));
}
