import type { KnowledgeArticle, KnowledgeArticleWrite, ProblemCategory } from '../api/types';

/** The article form's fields as typed; tags as one comma-separated line. */
export type ArticleDraft = {
  title: string;
  symptoms: string;
  cause: string;
  solution: string;
  problemType: ProblemCategory | '';
  product: string;
  productVersion: string;
  tags: string;
};

export type ArticleField = keyof ArticleDraft;

export const articleFields: readonly ArticleField[] = [
  'title',
  'symptoms',
  'cause',
  'solution',
  'problemType',
  'product',
  'productVersion',
  'tags',
];

// The contract's limits (`KnowledgeArticleWrite`), checked here so the agent sees them at once.
export const articleLimits = {
  title: 300,
  symptoms: 8000,
  cause: 8000,
  solution: 16000,
  product: 200,
  productVersion: 100,
  tagCount: 20,
  tag: 50,
} as const;

export const requiredArticleFields = ['title', 'symptoms', 'solution'] as const satisfies readonly ArticleField[];

export function draftOf(article?: KnowledgeArticle): ArticleDraft {
  return {
    title: article?.title ?? '',
    symptoms: article?.symptoms ?? '',
    cause: article?.cause ?? '',
    solution: article?.solution ?? '',
    problemType: article?.problemType ?? '',
    product: article?.product ?? '',
    productVersion: article?.productVersion ?? '',
    tags: (article?.tags ?? []).join(', '),
  };
}

export function tagsOf(line: string): string[] {
  return [...new Set(line.split(',').map((tag) => tag.trim()).filter(Boolean))];
}

/** What is wrong with the draft before asking the server: a reason per field. */
export type DraftMistake = 'required' | 'tooManyTags' | 'tagTooLong';

export function mistakesOf(draft: ArticleDraft): Partial<Record<ArticleField, DraftMistake>> {
  const mistakes: Partial<Record<ArticleField, DraftMistake>> = {};
  for (const field of requiredArticleFields) if (draft[field].trim() === '') mistakes[field] = 'required';
  const tags = tagsOf(draft.tags);
  if (tags.length > articleLimits.tagCount) mistakes.tags = 'tooManyTags';
  else if (tags.some((tag) => tag.length > articleLimits.tag)) mistakes.tags = 'tagTooLong';
  return mistakes;
}

/** The whole article as `PUT` replaces it: a cleared optional field is left out, so it is removed. */
export function writeOf(draft: ArticleDraft): KnowledgeArticleWrite {
  const write: KnowledgeArticleWrite = {
    title: draft.title.trim(),
    symptoms: draft.symptoms.trim(),
    solution: draft.solution.trim(),
    tags: tagsOf(draft.tags),
  };
  const cause = draft.cause.trim();
  const product = draft.product.trim();
  const productVersion = draft.productVersion.trim();
  if (cause) write.cause = cause;
  if (draft.problemType) write.problemType = draft.problemType;
  if (product) write.product = product;
  if (productVersion) write.productVersion = productVersion;
  return write;
}
