import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError, useApiClient, type ApiClient } from '@/lib/api';
import { knowledgeKeys } from './knowledge-keys';
import type { KnowledgeArticle } from './types';

export async function getKnowledgeArticle(client: ApiClient, articleId: string, signal?: AbortSignal): Promise<KnowledgeArticle> {
  const { data, error, response } = await client.GET('/api/v1/kb/articles/{articleId}', {
    params: { path: { articleId } },
    ...(signal ? { signal } : {}),
  });
  if (!data) throw new ApiError(response.status, error);
  return data;
}

export function getKnowledgeArticleQueryOptions(client: ApiClient, articleId: string) {
  return queryOptions({
    queryKey: knowledgeKeys.article(articleId),
    queryFn: ({ signal }) => getKnowledgeArticle(client, articleId, signal),
  });
}

/** One article with all its fields. */
export function useKnowledgeArticle(articleId: string) {
  const client = useApiClient();
  return useQuery(getKnowledgeArticleQueryOptions(client, articleId));
}
