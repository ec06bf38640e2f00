import { articleFields, type ArticleField } from './article-draft';
import type { ArticleFormFailure } from './knowledge-article-form';
import type { KnowledgeProblem } from './knowledge-problem';

/** A refusal as the form shows it; a stale version is the editor's to explain. */
export function articleFormFailureOf(problem: Exclude<KnowledgeProblem, { kind: 'stale' }>): ArticleFormFailure {
  if (problem.kind === 'other') return { byField: {}, summary: [problem.message] };
  const byField: ArticleFormFailure['byField'] = {};
  for (const [name, messages] of Object.entries(problem.byField)) {
    if ((articleFields as readonly string[]).includes(name)) byField[name as ArticleField] = messages;
  }
  return { byField, summary: problem.summary };
}
