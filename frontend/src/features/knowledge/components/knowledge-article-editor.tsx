import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUpdateKnowledgeArticle } from '../api/update-knowledge-article';
import type { KnowledgeArticleWrite, VersionedKnowledgeArticle } from '../api/types';
import { articleFields, draftOf } from './article-draft';
import { articleFormFailureOf } from './article-form-failure';
import { KnowledgeArticleForm, type ArticleFormFailure } from './knowledge-article-form';
import { knowledgeProblemOf } from './knowledge-problem';

const HEADING_ID = 'knowledge-editor-heading';

type KnowledgeArticleEditorProps = {
  /** The version the agent started from: its `ETag` goes in `If-Match`, whatever is fetched since. */
  edited: VersionedKnowledgeArticle;
  onSaved: (saved: VersionedKnowledgeArticle) => void;
  onCancel: () => void;
  /** Drops the agent's text for the version someone else saved. */
  onReload: () => void;
  reloading: boolean;
};

/** Changes an article with `PUT` and `If-Match`: a stale version is never overwritten silently. */
export function KnowledgeArticleEditor({ edited, onSaved, onCancel, onReload, reloading }: KnowledgeArticleEditorProps) {
  const { t } = useTranslation();
  const update = useUpdateKnowledgeArticle(edited.article.id);
  const [failure, setFailure] = useState<ArticleFormFailure | undefined>();
  const [stale, setStale] = useState(false);

  function save(article: KnowledgeArticleWrite) {
    setFailure(undefined);
    setStale(false);
    update.mutate(
      { etag: edited.etag, article },
      {
        onSuccess: onSaved,
        onError: (error) => {
          const problem = knowledgeProblemOf(error, articleFields, t);
          if (problem.kind === 'stale') setStale(true);
          else setFailure(articleFormFailureOf(problem));
        },
      },
    );
  }

  return (
    <section className="panel knowledge-editor">
      <h2 id={HEADING_ID}>{t('knowledge.editor.title')}</h2>
      <KnowledgeArticleForm
        idPrefix="knowledge-edit"
        labelledBy={HEADING_ID}
        initial={draftOf(edited.article)}
        submitLabel={t('knowledge.editor.submit')}
        submitting={update.isPending}
        failure={failure}
        onSubmit={save}
        onCancel={onCancel}
      >
        {stale && (
          <div role="alert" className="error-banner" data-testid="knowledge-stale">
            <p>{t('knowledge.editor.stale')}</p>
            <button type="button" className="button" onClick={onReload} disabled={reloading}>
              {reloading ? t('knowledge.editor.reloading') : t('knowledge.editor.reload')}
            </button>
          </div>
        )}
      </KnowledgeArticleForm>
    </section>
  );
}
