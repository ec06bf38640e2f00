import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, useApiClient, type ApiClient } from '@/lib/api';
import { knowledgeKeys } from './knowledge-keys';
import type { KnowledgeArticle, KnowledgeArticleWrite } from './types';

export async function updateKnowledgeArticle(
  client: ApiClient,
  articleId: string,
  article: KnowledgeArticleWrite,
): Promise<KnowledgeArticle> {
  const { data, error, response } = await client.PUT('/api/v1/kb/articles/{articleId}', {
    params: { path: { articleId } },
    body: article,
  });
  if (!data) throw new ApiError(response.status, error);
  return data;
}

/** Changes an article: the changed one replaces the cached one, searches and suggestions refetch. */
export function useUpdateKnowledgeArticle(articleId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<KnowledgeArticle, ApiError | Error, KnowledgeArticleWrite>({
    mutationFn: (article) => updateKnowledgeArticle(client, articleId, article),
    onSuccess: (changed) => {
      queryClient.setQueryData(knowledgeKeys.article(articleId), changed);
      void queryClient.invalidateQueries({ queryKey: knowledgeKeys.searches() });
      void queryClient.invalidateQueries({ queryKey: [...knowledgeKeys.all, 'suggestions'] });
    },
  });
}
