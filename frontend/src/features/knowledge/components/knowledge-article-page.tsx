import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { ApiError } from '@/lib/api';
import { useAuth } from '@/lib/auth';
import { useKnowledgeArticle } from '../api/get-knowledge-article';
import type { VersionedKnowledgeArticle } from '../api/types';
import { KnowledgeArticleEditor } from './knowledge-article-editor';
import { KnowledgeArticleView } from './knowledge-article-view';
import { mayWriteKnowledge } from './knowledge-roles';
import './knowledge.css';

/** How the agent arrived: having just created the article, or documented a ticket with it. */
export type ArticleArrival = 'created' | 'documented';

type Editing = { edited: VersionedKnowledgeArticle; attempt: number };

type KnowledgeArticlePageProps = {
  articleId: string;
  arrival?: ArticleArrival | undefined;
};

/** One article: read by everyone who searches, changed by agents and leads. */
export function KnowledgeArticlePage({ articleId, arrival }: KnowledgeArticlePageProps) {
  const { t } = useTranslation();
  const session = useAuth();
  const query = useKnowledgeArticle(articleId);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [saved, setSaved] = useState(false);
  const [reloading, setReloading] = useState(false);

  const back = (
    <Link to={paths.knowledge.getHref()} className="muted">
      ← {t('knowledge.article.back')}
    </Link>
  );
  if (query.isPending) return <p className="muted">{t('knowledge.article.loading')}</p>;
  if (query.isError) {
    const missing = query.error instanceof ApiError && query.error.status === 404;
    return (
      <section>
        <p role="alert" className="error-banner">
          {missing ? t('knowledge.article.notFound') : t('knowledge.article.loadFailed', { reason: query.error.message })}
        </p>
        {back}
      </section>
    );
  }

  const { article } = query.data;
  const startEditing = () => {
    setSaved(false);
    // The version on screen now is the one the change is made over.
    setEditing({ edited: query.data, attempt: 0 });
  };
  const reload = async () => {
    setReloading(true);
    const result = await query.refetch();
    setReloading(false);
    if (result.data) setEditing((before) => ({ edited: result.data, attempt: (before?.attempt ?? 0) + 1 }));
  };

  return (
    <article className="knowledge" aria-labelledby="knowledge-article-title">
      <header className="knowledge-article__header">
        {back}
        <div className="page-heading">
          <h1 id="knowledge-article-title">{article.title}</h1>
          {!editing && mayWriteKnowledge(session) && (
            <button type="button" className="button" onClick={startEditing}>
              {t('knowledge.article.edit')}
            </button>
          )}
        </div>
      </header>
      {saved && (
        <p role="status" className="success-banner">
          {t('knowledge.article.saved')}
        </p>
      )}
      {arrival && !saved && !editing && (
        <p role="status" className="success-banner">
          {t(`knowledge.article.arrival.${arrival}`)}
        </p>
      )}
      {editing ? (
        <KnowledgeArticleEditor
          // Loading the other version starts the form over with its text.
          key={editing.attempt}
          edited={editing.edited}
          reloading={reloading}
          onReload={() => void reload()}
          onCancel={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            setSaved(true);
          }}
        />
      ) : (
        <KnowledgeArticleView article={article} />
      )}
    </article>
  );
}
