import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError, useApiClient, type ApiClient } from '@/lib/api';
import { communicationKeys } from './communication-keys';
import type { ForbiddenPhraseList } from './types';

export async function listForbiddenPhrases(client: ApiClient, signal?: AbortSignal): Promise<ForbiddenPhraseList> {
  const { data, error, response } = await client.GET('/api/v1/forbidden-phrases', { ...(signal ? { signal } : {}) });
  if (!data) throw new ApiError(response.status, error);
  return data;
}

export function listForbiddenPhrasesQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: communicationKeys.forbiddenPhrases(),
    queryFn: ({ signal }) => listForbiddenPhrases(client, signal),
  });
}

/** The phrases never to say to a client. */
export function useForbiddenPhrases() {
  const client = useApiClient();
  return useQuery(listForbiddenPhrasesQueryOptions(client));
}
