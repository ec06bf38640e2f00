import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError, useApiClient, type ApiClient } from '@/lib/api';
import type { SpecialistList } from './types';

export const specialistKeys = { all: ['specialists'] as const };

export async function getSpecialists(client: ApiClient, signal?: AbortSignal): Promise<SpecialistList> {
  const { data, error, response } = await client.GET('/api/v1/specialists', {
    ...(signal ? { signal } : {}),
  });
  if (!data) throw new ApiError(response.status, error);
  return data;
}

export function getSpecialistsQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: specialistKeys.all,
    queryFn: ({ signal }) => getSpecialists(client, signal),
    staleTime: 5 * 60_000,
  });
}

/** The key specialists directory, to add participants from (step 4). */
export function useSpecialists(enabled = true) {
  const client = useApiClient();
  return useQuery({ ...getSpecialistsQueryOptions(client), enabled });
}
