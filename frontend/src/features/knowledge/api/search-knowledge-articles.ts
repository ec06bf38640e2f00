import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError, useApiClient, type ApiClient } from '@/lib/api';
import { knowledgeKeys } from './knowledge-keys';
import type { KnowledgeSearch, KnowledgeSearchResult } from './types';

export async function searchKnowledgeArticles(
  client: ApiClient,
  { q, problemType }: KnowledgeSearch,
  signal?: AbortSignal,
): Promise<KnowledgeSearchResult> {
  const { data, error, response } = await client.GET('/api/v1/kb/articles', {
    params: { query: { ...(q ? { q } : {}), ...(problemType ? { problemType } : {}) } },
    ...(signal ? { signal } : {}),
  });
  if (!data) throw new ApiError(response.status, error);
  return data;
}

export function searchKnowledgeArticlesQueryOptions(client: ApiClient, filters: KnowledgeSearch) {
  return queryOptions({
    queryKey: knowledgeKeys.search(filters),
    queryFn: ({ signal }) => searchKnowledgeArticles(client, filters, signal),
    // The previous hits stay on screen while the next words are searched.
    placeholderData: keepPreviousData,
  });
}

/** Articles ranked by the server, best first, with highlighted snippets; newest first without words. */
export function useKnowledgeSearch(filters: KnowledgeSearch) {
  const client = useApiClient();
  return useQuery(searchKnowledgeArticlesQueryOptions(client, filters));
}
