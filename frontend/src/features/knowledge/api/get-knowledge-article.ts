import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api';
import { knowledgeKeys } from './knowledge-keys';
import type { VersionedKnowledgeArticle } from './types';
import { versionedKnowledgeArticle } from './versioned-knowledge-article';

export async function getKnowledgeArticle(
  client: ApiClient,
  articleId: string,
  signal?: AbortSignal,
): Promise<VersionedKnowledgeArticle> {
  return versionedKnowledgeArticle(
    await client.GET('/api/v1/kb/articles/{articleId}', {
      params: { path: { articleId } },
      ...(signal ? { signal } : {}),
    }),
  );
}

export function getKnowledgeArticleQueryOptions(client: ApiClient, articleId: string) {
  return queryOptions({
    queryKey: knowledgeKeys.article(articleId),
    queryFn: ({ signal }) => getKnowledgeArticle(client, articleId, signal),
  });
}

/** One article with all its fields, and the `ETag` to change it. */
export function useKnowledgeArticle(articleId: string) {
  const client = useApiClient();
  return useQuery(getKnowledgeArticleQueryOptions(client, articleId));
}
