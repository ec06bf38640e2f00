import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { defaultLanguage, formatDateTime, isLanguage } from '@/lib/i18n';
import type { KnowledgeHit } from '../api/types';
import { HighlightedSnippet } from './highlighted-snippet';
import { formatScore } from './score';

type KnowledgeHitItemProps = {
  hit: KnowledgeHit;
  /** Without words the server lists the newest articles, all with score 0: no score is shown. */
  ranked: boolean;
};

/** One found article: its title linking to it, what it is about, and the passage that matched. */
export function KnowledgeHitItem({ hit, ranked }: KnowledgeHitItemProps) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : defaultLanguage;
  const { article } = hit;
  const product = [article.product, article.productVersion].filter(Boolean).join(' ');
  return (
    <li className="knowledge-hit" data-testid="knowledge-hit">
      <h3 className="knowledge-hit__title">
        <Link to={paths.knowledgeArticle.getHref(article.id)}>{article.title}</Link>
      </h3>
      <p className="knowledge-hit__meta muted">
        {ranked && (
          <span className="knowledge-score" data-testid="knowledge-score">
            {t('knowledge.hit.score', { score: formatScore(hit.score, language) })}
          </span>
        )}
        {article.problemType && <span>{t(`problemType.${article.problemType}`)}</span>}
        {product && <span>{product}</span>}
        <span>
          {t('knowledge.hit.updatedAt')} <time dateTime={article.updatedAt}>{formatDateTime(article.updatedAt, language)}</time>
        </span>
      </p>
      {hit.snippet ? <HighlightedSnippet snippet={hit.snippet} /> : <p className="knowledge-hit__excerpt">{article.symptoms}</p>}
      {article.tags.length > 0 && (
        <ul className="knowledge-tags" aria-label={t('knowledge.fields.tags')}>
          {article.tags.map((tag) => (
            <li key={tag} className="knowledge-tag">
              {tag}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
