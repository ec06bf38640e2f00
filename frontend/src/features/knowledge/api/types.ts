import type { components } from '@/lib/api';

type Schemas = components['schemas'];

export type KnowledgeArticle = Schemas['KnowledgeArticle'];
export type KnowledgeArticleWrite = Schemas['KnowledgeArticleWrite'];
export type KnowledgeHit = Schemas['KnowledgeHit'];
export type KnowledgeSearchResult = Schemas['KnowledgeSearchResult'];
export type ProblemCategory = Schemas['ProblemCategory'];
/** The ticket as the contract has it: suggestions are asked for one, closed ones are documented. */
export type Ticket = Schemas['Ticket'];

/** The search's filters, as the contract's query parameters of `GET /api/v1/kb/articles`. */
export type KnowledgeSearch = {
  q?: string;
  problemType?: ProblemCategory;
};

/** An article with the `ETag` it was read with, for `If-Match` on the next change. */
export type VersionedKnowledgeArticle = { article: KnowledgeArticle; etag: string };
