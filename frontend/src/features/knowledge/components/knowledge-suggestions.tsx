import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useAuth } from '@/lib/auth';
import { defaultLanguage, isLanguage } from '@/lib/i18n';
import { useKnowledgeSuggestions } from '../api/get-knowledge-suggestions';
import type { KnowledgeHit, Ticket } from '../api/types';
import { HighlightedSnippet } from './highlighted-snippet';
import { mayWriteKnowledge } from './knowledge-roles';
import { formatScore } from './score';
import './knowledge.css';

const HEADING_ID = 'knowledge-suggestions-heading';

function Suggestion({ hit }: { hit: KnowledgeHit }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : defaultLanguage;
  return (
    <li className="knowledge-suggestion" data-testid="knowledge-suggestion">
      <Link to={paths.knowledgeArticle.getHref(hit.article.id)} className="knowledge-suggestion__title">
        {hit.article.title}
      </Link>{' '}
      <span className="knowledge-score muted" data-testid="knowledge-score">
        {t('knowledge.hit.score', { score: formatScore(hit.score, language) })}
      </span>
      {hit.snippet && <HighlightedSnippet snippet={hit.snippet} />}
    </li>
  );
}

/**
 * Known solutions for the ticket's text, from the knowledge base, best first; and once the
 * ticket is closed (the only state the server documents), the way to document its solution.
 */
export function KnowledgeSuggestions({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const session = useAuth();
  const allowed = mayWriteKnowledge(session);
  const suggestions = useKnowledgeSuggestions(ticket.id, { revision: ticket.updatedAt, enabled: allowed });
  // Suggestions are for agents and leads (the server refuses anyone else).
  if (!allowed) return null;

  let content;
  if (suggestions.isPending) content = <p className="muted">{t('knowledge.suggestions.loading')}</p>;
  // A side panel: its failure is said quietly, the ticket's work goes on without it.
  else if (suggestions.isError) content = <p className="muted">{t('knowledge.suggestions.failed')}</p>;
  else if (suggestions.data.items.length === 0) {
    content = (
      <p className="muted" data-testid="knowledge-suggestions-empty">
        {t('knowledge.suggestions.empty')}
      </p>
    );
  } else {
    content = (
      <ol className="knowledge-suggestions__list" aria-labelledby={HEADING_ID}>
        {suggestions.data.items.map((hit) => (
          <Suggestion key={hit.article.id} hit={hit} />
        ))}
      </ol>
    );
  }

  return (
    <section className="panel knowledge-suggestions" aria-labelledby={HEADING_ID} data-testid="knowledge-suggestions">
      <h2 id={HEADING_ID}>{t('knowledge.suggestions.title')}</h2>
      {content}
      <div className="knowledge-suggestions__footer">
        {ticket.status === 'CLOSED' && (
          <Link className="button button--primary" to={paths.knowledgeNewArticle.getHref(ticket.id)}>
            {t('knowledge.suggestions.document')}
          </Link>
        )}
        <Link to={paths.knowledge.getHref(ticket.title)}>{t('knowledge.suggestions.searchAll')}</Link>
      </div>
    </section>
  );
}
