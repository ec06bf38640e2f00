import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError, useApiClient, type ApiClient } from '@/lib/api';
import { knowledgeKeys } from './knowledge-keys';
import type { KnowledgeSearchResult } from './types';

export async function getKnowledgeSuggestions(client: ApiClient, ticketId: string, signal?: AbortSignal): Promise<KnowledgeSearchResult> {
  const { data, error, response } = await client.GET('/api/v1/tickets/{ticketId}/kb-suggestions', {
    params: { path: { ticketId } },
    ...(signal ? { signal } : {}),
  });
  if (!data) throw new ApiError(response.status, error);
  // The panel sits on the ticket page: a malformed answer fails the panel, never the page.
  if (!Array.isArray(data.items)) throw new Error(`GET kb-suggestions answered ${response.status} without items`);
  return data;
}

export function getKnowledgeSuggestionsQueryOptions(client: ApiClient, ticketId: string, revision?: string) {
  return queryOptions({
    queryKey: knowledgeKeys.suggestions(ticketId, revision),
    queryFn: ({ signal }) => getKnowledgeSuggestions(client, ticketId, signal),
    // The earlier suggestions stay on screen while those for the changed ticket load.
    placeholderData: keepPreviousData,
  });
}

type UseKnowledgeSuggestionsOptions = {
  /** The ticket's `updatedAt`: suggestions are asked again when its text may have changed. */
  revision?: string;
  enabled?: boolean;
};

/** The top five known solutions for a ticket's text, best first. */
export function useKnowledgeSuggestions(ticketId: string, { revision, enabled = true }: UseKnowledgeSuggestionsOptions = {}) {
  const client = useApiClient();
  return useQuery({ ...getKnowledgeSuggestionsQueryOptions(client, ticketId, revision), enabled });
}
