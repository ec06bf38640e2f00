import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, useApiClient, type ApiClient } from '@/lib/api';
import { knowledgeKeys } from './knowledge-keys';
import type { KnowledgeArticle } from './types';

/** `POST /kb/articles/from-ticket/{ticketId}`: 409 when the ticket is not closed yet. */
export async function documentTicketSolution(client: ApiClient, ticketId: string): Promise<KnowledgeArticle> {
  const { data, error, response } = await client.POST('/api/v1/kb/articles/from-ticket/{ticketId}', {
    params: { path: { ticketId } },
  });
  if (!data) throw new ApiError(response.status, error);
  return data;
}

type UseDocumentTicketSolutionOptions = {
  onDocumented?: (article: KnowledgeArticle) => void;
};

/** Turns a closed ticket's cause and solution into a new article. */
export function useDocumentTicketSolution(ticketId: string, { onDocumented }: UseDocumentTicketSolutionOptions = {}) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<KnowledgeArticle, ApiError | Error, void>({
    mutationFn: () => documentTicketSolution(client, ticketId),
    onSuccess: (created) => {
      queryClient.setQueryData(knowledgeKeys.article(created.id), created);
      void queryClient.invalidateQueries({ queryKey: knowledgeKeys.searches() });
      onDocumented?.(created);
    },
  });
}
