import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, useApiClient, type ApiClient } from '@/lib/api';
import { knowledgeKeys } from './knowledge-keys';
import type { KnowledgeArticleWrite, VersionedKnowledgeArticle } from './types';
import { versionedKnowledgeArticle } from './versioned-knowledge-article';

/** The article and the key that makes its retries safe: the same key never creates two. */
export type CreateKnowledgeArticleInput = { idempotencyKey: string; article: KnowledgeArticleWrite };

export async function createKnowledgeArticle(
  client: ApiClient,
  { idempotencyKey, article }: CreateKnowledgeArticleInput,
): Promise<VersionedKnowledgeArticle> {
  return versionedKnowledgeArticle(
    await client.POST('/api/v1/kb/articles', {
      body: article,
      // The contract honours the key on every POST without listing it on each operation.
      headers: { 'Idempotency-Key': idempotencyKey },
    }),
  );
}

/** Documents a solution; searches and suggestions refetch, the new article is cached. */
export function useCreateKnowledgeArticle() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<VersionedKnowledgeArticle, ApiError | Error, CreateKnowledgeArticleInput>({
    mutationFn: (input) => createKnowledgeArticle(client, input),
    onSuccess: (created) => {
      queryClient.setQueryData(knowledgeKeys.article(created.article.id), created);
      void queryClient.invalidateQueries({ queryKey: knowledgeKeys.searches() });
      void queryClient.invalidateQueries({ queryKey: knowledgeKeys.allSuggestions() });
    },
  });
}
