import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, useApiClient, type ApiClient } from '@/lib/api';
import { knowledgeKeys } from './knowledge-keys';
import type { KnowledgeArticleWrite, VersionedKnowledgeArticle } from './types';
import { versionedKnowledgeArticle } from './versioned-knowledge-article';

/** The new text and the `ETag` of the version it was written over. */
export type UpdateKnowledgeArticleInput = { etag: string; article: KnowledgeArticleWrite };

export async function updateKnowledgeArticle(
  client: ApiClient,
  articleId: string,
  { etag, article }: UpdateKnowledgeArticleInput,
): Promise<VersionedKnowledgeArticle> {
  return versionedKnowledgeArticle(
    await client.PUT('/api/v1/kb/articles/{articleId}', {
      params: { path: { articleId } },
      // Mutable resources take `If-Match` (the contract's conventions); a stale one gets 412.
      headers: { 'If-Match': etag },
      body: article,
    }),
  );
}

/**
 * Changes an article: the changed one replaces the cached one, searches and suggestions refetch.
 * A stale `ETag` (412) only marks the article stale: the editor keeps the agent's text until
 * they choose to load the other version.
 */
export function useUpdateKnowledgeArticle(articleId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<VersionedKnowledgeArticle, ApiError | Error, UpdateKnowledgeArticleInput>({
    mutationFn: (input) => updateKnowledgeArticle(client, articleId, input),
    onSuccess: (changed) => {
      queryClient.setQueryData(knowledgeKeys.article(articleId), changed);
      void queryClient.invalidateQueries({ queryKey: knowledgeKeys.searches() });
      void queryClient.invalidateQueries({ queryKey: knowledgeKeys.allSuggestions() });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 412) {
        void queryClient.invalidateQueries({ queryKey: knowledgeKeys.article(articleId), refetchType: 'none' });
      }
    },
  });
}
