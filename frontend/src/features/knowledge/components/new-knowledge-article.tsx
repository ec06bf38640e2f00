import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useCreateKnowledgeArticle } from '../api/create-knowledge-article';
import type { KnowledgeArticleWrite, VersionedKnowledgeArticle } from '../api/types';
import { useIdempotencyKey } from '../hooks/use-idempotency-key';
import { articleFields, draftOf } from './article-draft';
import { articleFormFailureOf } from './article-form-failure';
import { KnowledgeArticleForm, type ArticleFormFailure } from './knowledge-article-form';
import { knowledgeProblemOf, spendsIdempotencyKey } from './knowledge-problem';
import './knowledge.css';

const HEADING_ID = 'knowledge-new-heading';

/** A known solution written from scratch. */
export function NewKnowledgeArticle({ onCreated }: { onCreated: (created: VersionedKnowledgeArticle) => void }) {
  const { t } = useTranslation();
  const create = useCreateKnowledgeArticle();
  const idempotency = useIdempotencyKey();
  const [failure, setFailure] = useState<ArticleFormFailure | undefined>();

  function submit(article: KnowledgeArticleWrite) {
    setFailure(undefined);
    create.mutate(
      { idempotencyKey: idempotency.keyFor(article), article },
      {
        onSuccess: onCreated,
        onError: (error) => {
          if (spendsIdempotencyKey(error)) idempotency.spend();
          const problem = knowledgeProblemOf(error, articleFields, t);
          setFailure(
            problem.kind === 'stale'
              ? { byField: {}, summary: [t('knowledge.problem.status', { status: 412 })] }
              : articleFormFailureOf(problem),
          );
        },
      },
    );
  }

  return (
    <section className="knowledge knowledge-new">
      <Link to={paths.knowledge.getHref()} className="muted">
        ← {t('knowledge.article.back')}
      </Link>
      <h1 id={HEADING_ID}>{t('knowledge.newArticle')}</h1>
      <p className="muted">{t('knowledge.form.requiredHint')}</p>
      <KnowledgeArticleForm
        idPrefix="knowledge-new"
        labelledBy={HEADING_ID}
        initial={draftOf()}
        submitLabel={t('knowledge.form.create')}
        submitting={create.isPending}
        failure={failure}
        onSubmit={submit}
      />
    </section>
  );
}
