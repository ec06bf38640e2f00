import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { paths } from '@/config/paths';
import type { VersionedKnowledgeArticle } from '@/features/knowledge/api/types';
import type { ArticleArrival } from '@/features/knowledge/components/knowledge-article-page';
import { mayWriteKnowledge } from '@/features/knowledge/components/knowledge-roles';
import { NewKnowledgeArticle } from '@/features/knowledge/components/new-knowledge-article';
import { TicketSolutionDocumenter } from '@/features/knowledge/components/ticket-solution-documenter';
import { useAuth } from '@/lib/auth';

export function KnowledgeNewArticleRoute() {
  const { t } = useTranslation();
  const session = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const fromTicket = params.get('fromTicket');

  if (!mayWriteKnowledge(session)) {
    return (
      <section>
        <h1>{t('knowledge.newArticle')}</h1>
        <p role="alert" className="error-banner">
          {t('knowledge.forbidden')}
        </p>
      </section>
    );
  }
  // Replaced in the history: going back leads to where the agent came from, not to a second article.
  const open = (arrival: ArticleArrival) => (created: VersionedKnowledgeArticle) =>
    void navigate(paths.knowledgeArticle.getHref(created.article.id), { replace: true, state: { arrival } });
  if (fromTicket) return <TicketSolutionDocumenter key={fromTicket} ticketId={fromTicket} onDocumented={open('documented')} />;
  return <NewKnowledgeArticle onCreated={open('created')} />;
}
