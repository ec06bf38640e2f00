import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError, useApiClient, type ApiClient } from '@/lib/api';
import { knowledgeKeys } from './knowledge-keys';
import type { KnowledgeSearchResult } from './types';

export async function getKnowledgeSuggestions(client: ApiClient, ticketId: string, signal?: AbortSignal): Promise<KnowledgeSearchResult> {
  const { data, error, response } = await client.GET('/api/v1/tickets/{ticketId}/kb-suggestions', {
    params: { path: { ticketId } },
    ...(signal ? { signal } : {}),
  });
  if (!data) throw new ApiError(response.status, error);
  return data;
}

export function getKnowledgeSuggestionsQueryOptions(client: ApiClient, ticketId: string) {
  return queryOptions({
    queryKey: knowledgeKeys.suggestions(ticketId),
    queryFn: ({ signal }) => getKnowledgeSuggestions(client, ticketId, signal),
  });
}

/** The top five known solutions for a ticket's text, best first. */
export function useKnowledgeSuggestions(ticketId: string, { enabled = true }: { enabled?: boolean } = {}) {
  const client = useApiClient();
  return useQuery({ ...getKnowledgeSuggestionsQueryOptions(client, ticketId), enabled });
}
