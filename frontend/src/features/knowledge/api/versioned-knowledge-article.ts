import { ApiError } from '@/lib/api';
import type { KnowledgeArticle, VersionedKnowledgeArticle } from './types';

/**
 * The article of a read or a write, with the `ETag` the server sent. Without one, the instant of
 * the last change stands in: it changes with every version of the article, as a tag must.
 */
export function versionedKnowledgeArticle({
  data,
  error,
  response,
}: {
  data?: KnowledgeArticle | undefined;
  error?: unknown;
  response: Response;
}): VersionedKnowledgeArticle {
  if (!data) throw new ApiError(response.status, error);
  return { article: data, etag: response.headers.get('ETag') ?? `"${data.updatedAt}"` };
}
