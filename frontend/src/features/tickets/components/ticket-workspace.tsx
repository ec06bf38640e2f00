import { useTranslation } from 'react-i18next';
import { TicketAttachments } from '@/features/attachments/components/ticket-attachments';
import { TicketCommunications } from '@/features/communication/components/ticket-communications';
import { TicketEscalation } from '@/features/escalations/components/ticket-escalation';
import { KnowledgeSuggestions } from '@/features/knowledge/components/knowledge-suggestions';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useTicket } from '../api/get-ticket';
import { TicketActions } from './actions/ticket-actions';
import { LevelBadge } from './level-badge';
import { OwedActions } from './owed-actions';
import { SuccessCriteria, TicketChecklist } from './ticket-checklist';
import { TicketHistory } from './ticket-history';
import { TicketRecords } from './ticket-records';
import { TicketSummary } from './ticket-summary';
import { TicketTimers } from './ticket-timers';
import { WorkflowSteps } from './workflow-steps';

/** The guided workspace of one ticket through the six steps of the regulation. */
export function TicketWorkspace({ ticketId }: { ticketId: string }) {
  const { t } = useTranslation();
  const query = useTicket(ticketId);

  if (query.isPending) return <p className="muted">{t('ticket.loading')}</p>;
  if (query.isError) {
    return (
      <section>
        <p role="alert" className="error-banner">
          {t('ticket.loadFailed', { reason: query.error.message })}
        </p>
        <Link to={paths.queue.getHref()}>{t('ticket.backToQueue')}</Link>
      </section>
    );
  }

  const { ticket, etag } = query.data;
  return (
    <article className="ticket-workspace" data-testid="ticket-workspace" data-status={ticket.status}>
      <header className="ticket-workspace__header">
        <Link to={paths.queue.getHref()} className="muted">
          ← {t('ticket.backToQueue')}
        </Link>
        <h1>
          <span className="ticket-key">{ticket.key}</span> {ticket.title}
        </h1>
        <p className="ticket-workspace__badges">
          <LevelBadge level={ticket.level} />{' '}
          <span className="status-badge" data-testid="ticket-status" data-status={ticket.status}>
            {t(`status.${ticket.status}`)}
          </span>
        </p>
      </header>
      <WorkflowSteps ticket={ticket} />
      <OwedActions owed={ticket.owedActions} />
      <div className="ticket-workspace__grid">
        <div className="ticket-workspace__main">
          <TicketActions ticket={ticket} etag={etag} />
          <TicketEscalation ticket={ticket} />
          <TicketCommunications ticket={ticket} />
          <TicketRecords ticket={ticket} />
          <TicketAttachments ticketId={ticket.id} />
          <TicketHistory ticketId={ticket.id} />
        </div>
        <aside className="ticket-workspace__side">
          <TicketTimers timers={ticket.timers ?? []} fetchedAt={query.dataUpdatedAt} />
          <KnowledgeSuggestions ticket={ticket} />
          <TicketChecklist items={ticket.checklist} />
          <SuccessCriteria items={ticket.successCriteria} />
          <TicketSummary ticket={ticket} />
        </aside>
      </div>
    </article>
  );
}
