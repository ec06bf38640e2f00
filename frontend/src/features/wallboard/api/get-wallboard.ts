import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError, useApiClient, type ApiClient } from '@/lib/api';
import { newerSnapshot } from './newer-snapshot';
import type { Wallboard, WallboardSnapshot } from './types';
import { wallboardKeys } from './wallboard-keys';

export async function getWallboard(client: ApiClient, signal?: AbortSignal): Promise<Wallboard> {
  const { data, error, response } = await client.GET('/api/v1/wallboard', { ...(signal ? { signal } : {}) });
  if (!data) throw new ApiError(response.status, error);
  return data;
}

export function getWallboardQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: wallboardKeys.summary(),
    queryFn: async ({ signal, client: queryClient }): Promise<WallboardSnapshot> => {
      const fetched = { wallboard: await getWallboard(client, signal), receivedAt: Date.now() };
      return newerSnapshot(queryClient.getQueryData(wallboardKeys.summary()), fetched);
    },
    // The stream keeps it current; a fetch is only the first picture and the one after a gap.
    staleTime: Infinity,
  });
}

/** The support room's summary: fetched once, then replaced by every `wallboard` event. */
export function useWallboard() {
  const client = useApiClient();
  return useQuery(getWallboardQueryOptions(client));
}
