import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, useApiClient, type ApiClient } from '@/lib/api';
import { knowledgeKeys } from './knowledge-keys';
import type { KnowledgeArticle, KnowledgeArticleWrite } from './types';

export async function createKnowledgeArticle(client: ApiClient, article: KnowledgeArticleWrite): Promise<KnowledgeArticle> {
  const { data, error, response } = await client.POST('/api/v1/kb/articles', { body: article });
  if (!data) throw new ApiError(response.status, error);
  return data;
}

/** Documents a solution; searches and suggestions refetch, the new article is cached. */
export function useCreateKnowledgeArticle() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<KnowledgeArticle, ApiError | Error, KnowledgeArticleWrite>({
    mutationFn: (article) => createKnowledgeArticle(client, article),
    onSuccess: (created) => {
      queryClient.setQueryData(knowledgeKeys.article(created.id), created);
      void queryClient.invalidateQueries({ queryKey: knowledgeKeys.searches() });
      void queryClient.invalidateQueries({ queryKey: [...knowledgeKeys.all, 'suggestions'] });
    },
  });
}
