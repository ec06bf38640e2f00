import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { ApiError } from '@/lib/api';
import { useDocumentTicketSolution } from '../api/document-ticket-solution';
import type { VersionedKnowledgeArticle } from '../api/types';
import { useIdempotencyKey } from '../hooks/use-idempotency-key';
import { knowledgeProblemOf, spendsIdempotencyKey } from './knowledge-problem';
import './knowledge.css';

const HEADING_ID = 'knowledge-document-heading';

type TicketSolutionDocumenterProps = {
  ticketId: string;
  onDocumented: (created: VersionedKnowledgeArticle) => void;
};

/**
 * "Решение задокументировано для будущего использования". The server creates the article from
 * the closed ticket in one step (there is no draft to review first), so the agent confirms
 * here, then reads and completes the new article on its page.
 */
export function TicketSolutionDocumenter({ ticketId, onDocumented }: TicketSolutionDocumenterProps) {
  const { t } = useTranslation();
  const idempotency = useIdempotencyKey();
  const documenting = useDocumentTicketSolution(ticketId, { onDocumented });
  const [failure, setFailure] = useState<string | undefined>();

  function documentSolution() {
    setFailure(undefined);
    documenting.mutate(
      { idempotencyKey: idempotency.keyFor({ ticketId }) },
      {
        onError: (error) => {
          if (spendsIdempotencyKey(error)) idempotency.spend();
          const problem = knowledgeProblemOf(error, [], t);
          setFailure(
            error instanceof ApiError && error.status === 404
              ? t('knowledge.document.ticketNotFound')
              : problem.kind === 'other'
              ? problem.message
              : problem.kind === 'invalid'
                ? problem.summary.join(' ')
                : t('knowledge.problem.status', { status: 412 }),
          );
        },
      },
    );
  }

  return (
    <section className="knowledge knowledge-document" aria-labelledby={HEADING_ID}>
      <Link to={paths.ticket.getHref(ticketId)} className="muted">
        ← {t('knowledge.document.backToTicket')}
      </Link>
      <h1 id={HEADING_ID}>{t('knowledge.document.title')}</h1>
      <div className="panel">
        <p>{t('knowledge.document.intro')}</p>
        <ul>
          <li>{t('knowledge.document.copies.title')}</li>
          <li>{t('knowledge.document.copies.symptoms')}</li>
          <li>{t('knowledge.document.copies.causeAndSolution')}</li>
          <li>{t('knowledge.document.copies.typeAndVersion')}</li>
        </ul>
        <p className="muted">{t('knowledge.document.afterwards')}</p>
        {failure && (
          <p role="alert" className="error-banner">
            {failure}
          </p>
        )}
        <div className="form-actions">
          <button type="button" className="button button--primary" onClick={documentSolution} disabled={documenting.isPending}>
            {documenting.isPending ? t('knowledge.document.creating') : t('knowledge.document.create')}
          </button>
          <Link className="button" to={paths.knowledgeNewArticle.getHref()}>
            {t('knowledge.document.fromScratch')}
          </Link>
        </div>
      </div>
    </section>
  );
}
