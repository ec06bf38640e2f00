import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, useApiClient, type ApiClient } from '@/lib/api';
import { knowledgeKeys } from './knowledge-keys';
import type { VersionedKnowledgeArticle } from './types';
import { versionedKnowledgeArticle } from './versioned-knowledge-article';

/**
 * `POST /kb/articles/from-ticket/{ticketId}` (`createKnowledgeArticleFromTicket`): the server
 * creates the article at once from the closed ticket, there is no draft; 409 when the ticket is
 * not closed yet.
 */
export async function documentTicketSolution(
  client: ApiClient,
  ticketId: string,
  idempotencyKey: string,
): Promise<VersionedKnowledgeArticle> {
  return versionedKnowledgeArticle(
    await client.POST('/api/v1/kb/articles/from-ticket/{ticketId}', {
      params: { path: { ticketId } },
      // A retry after a lost answer gets the same article back instead of a second one.
      headers: { 'Idempotency-Key': idempotencyKey },
    }),
  );
}

type UseDocumentTicketSolutionOptions = {
  onDocumented?: (created: VersionedKnowledgeArticle) => void;
};

/** Turns a closed ticket's cause and solution into a new article. */
export function useDocumentTicketSolution(ticketId: string, { onDocumented }: UseDocumentTicketSolutionOptions = {}) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<VersionedKnowledgeArticle, ApiError | Error, { idempotencyKey: string }>({
    mutationFn: ({ idempotencyKey }) => documentTicketSolution(client, ticketId, idempotencyKey),
    onSuccess: (created) => {
      queryClient.setQueryData(knowledgeKeys.article(created.article.id), created);
      void queryClient.invalidateQueries({ queryKey: knowledgeKeys.searches() });
      void queryClient.invalidateQueries({ queryKey: knowledgeKeys.allSuggestions() });
      onDocumented?.(created);
    },
  });
}
