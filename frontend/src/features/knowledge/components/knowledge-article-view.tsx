import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { defaultLanguage, formatDateTime, isLanguage } from '@/lib/i18n';
import type { KnowledgeArticle } from '../api/types';

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="details__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** An article as agents read it: what is seen, why it happens, what to do, and where it came from. */
export function KnowledgeArticleView({ article }: { article: KnowledgeArticle }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : defaultLanguage;
  return (
    <div className="knowledge-article" data-testid="knowledge-article">
      <dl className="details knowledge-article__details">
        {article.problemType && <Detail label={t('knowledge.fields.problemType')}>{t(`problemType.${article.problemType}`)}</Detail>}
        {article.product && <Detail label={t('knowledge.fields.product')}>{article.product}</Detail>}
        {article.productVersion && <Detail label={t('knowledge.fields.productVersion')}>{article.productVersion}</Detail>}
        {article.tags.length > 0 && (
          <Detail label={t('knowledge.fields.tags')}>
            <ul className="knowledge-tags">
              {article.tags.map((tag) => (
                <li key={tag} className="knowledge-tag">
                  {tag}
                </li>
              ))}
            </ul>
          </Detail>
        )}
        <Detail label={t('knowledge.article.author')}>
          <span data-testid="knowledge-article-author">{article.author}</span>
        </Detail>
        <Detail label={t('knowledge.article.updatedAt')}>
          <time dateTime={article.updatedAt} data-testid="knowledge-article-updated">
            {formatDateTime(article.updatedAt, language)}
          </time>
        </Detail>
        {article.sourceTicketId && (
          <Detail label={t('knowledge.article.source')}>
            <Link to={paths.ticket.getHref(article.sourceTicketId)}>{t('knowledge.article.sourceTicket')}</Link>
          </Detail>
        )}
      </dl>
      <section className="knowledge-article__section">
        <h2>{t('knowledge.fields.symptoms')}</h2>
        <p className="knowledge-article__text">{article.symptoms}</p>
      </section>
      {article.cause && (
        <section className="knowledge-article__section">
          <h2>{t('knowledge.fields.cause')}</h2>
          <p className="knowledge-article__text">{article.cause}</p>
        </section>
      )}
      <section className="knowledge-article__section">
        <h2>{t('knowledge.fields.solution')}</h2>
        <p className="knowledge-article__text">{article.solution}</p>
      </section>
    </div>
  );
}
