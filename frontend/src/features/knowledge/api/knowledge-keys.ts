import type { KnowledgeSearch } from './types';

// Every knowledge query key starts with `all`: a changed article refreshes searches and suggestions.
export const knowledgeKeys = {
  all: ['knowledge'] as const,
  searches: () => [...knowledgeKeys.all, 'search'] as const,
  search: (filters: KnowledgeSearch) => [...knowledgeKeys.searches(), filters] as const,
  article: (articleId: string) => [...knowledgeKeys.all, 'article', articleId] as const,
  allSuggestions: () => [...knowledgeKeys.all, 'suggestions'] as const,
  // The revision is the ticket's `updatedAt`: a changed text (a diagnosis, a cause) asks again.
  suggestions: (ticketId: string, revision?: string) =>
    [...knowledgeKeys.allSuggestions(), ticketId, ...(revision ? [revision] : [])] as const,
};
