import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useAuth } from '@/lib/auth';
import { useKnowledgeSearch } from '../api/search-knowledge-articles';
import type { KnowledgeSearch } from '../api/types';
import { KnowledgeHitItem } from './knowledge-hit-item';
import { mayWriteKnowledge } from './knowledge-roles';
import { KnowledgeSearchForm } from './knowledge-search-form';
import './knowledge.css';

type KnowledgeSearchPageProps = {
  filters: KnowledgeSearch;
  onSearch: (filters: KnowledgeSearch) => void;
};

function KnowledgeResults({ filters }: { filters: KnowledgeSearch }) {
  const { t } = useTranslation();
  const search = useKnowledgeSearch(filters);
  const ranked = Boolean(filters.q);

  if (search.isPending) return <p className="muted">{t('knowledge.search.loading')}</p>;
  if (search.isError) {
    return (
      <p role="alert" className="error-banner">
        {t('knowledge.search.failed', { reason: search.error.message })}
      </p>
    );
  }
  const hits = search.data.items;
  return (
    <section aria-labelledby="knowledge-results-heading" aria-busy={search.isPlaceholderData || undefined}>
      <h2 id="knowledge-results-heading">
        {ranked ? t('knowledge.search.resultsFor', { query: filters.q }) : t('knowledge.search.newest')}
      </h2>
      {hits.length === 0 ? (
        <p className="muted" data-testid="knowledge-empty">
          {ranked ? t('knowledge.search.nothingFound') : t('knowledge.search.noArticles')}
        </p>
      ) : (
        <>
          {ranked && <p className="muted">{t('knowledge.search.found', { count: hits.length })}</p>}
          <ol className="knowledge-hits" aria-labelledby="knowledge-results-heading">
            {hits.map((hit) => (
              <KnowledgeHitItem key={hit.article.id} hit={hit} ranked={ranked} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

/** Searches the known solutions in Russian (any word form finds the others), best first. */
export function KnowledgeSearchPage({ filters, onSearch }: KnowledgeSearchPageProps) {
  const { t } = useTranslation();
  const session = useAuth();
  return (
    <section className="knowledge">
      <header className="page-heading">
        <h1>{t('knowledge.title')}</h1>
        {mayWriteKnowledge(session) && (
          <Link className="button button--primary" to={paths.knowledgeNewArticle.getHref()}>
            {t('knowledge.newArticle')}
          </Link>
        )}
      </header>
      {/* A new query in the URL (back, a link) starts the form over with it. */}
      <KnowledgeSearchForm key={filters.q ?? ''} filters={filters} onSearch={onSearch} />
      <KnowledgeResults filters={filters} />
    </section>
  );
}
