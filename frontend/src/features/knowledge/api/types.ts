import type { components } from '@/lib/api';

type Schemas = components['schemas'];

export type KnowledgeArticle = Schemas['KnowledgeArticle'];
export type KnowledgeArticleWrite = Schemas['KnowledgeArticleWrite'];
export type KnowledgeHit = Schemas['KnowledgeHit'];
export type KnowledgeSearchResult = Schemas['KnowledgeSearchResult'];
export type ProblemCategory = Schemas['ProblemCategory'];

/** The search's filters, as the contract's query parameters of `GET /api/v1/kb/articles`. */
export type KnowledgeSearch = {
  q?: string;
  problemType?: ProblemCategory;
};
