import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import type { Ticket } from '@/features/tickets/api/types';
import { hasRole, useAuth } from '@/lib/auth';
import { defaultLanguage, formatDateTime, isLanguage } from '@/lib/i18n';
import type { EscalationSummary } from '../api/types';
import { useNow } from '../hooks/use-now';
import { clockOfSummary } from './acknowledgement-clock';
import { AcknowledgementCountdown } from './acknowledgement-countdown';
import { EscalationDialog } from './escalation-dialog';
import { EscalationStatusBadge } from './escalation-status-badge';
import { ExternalReferenceLink } from './external-reference-link';
import { SeverityBadge } from './severity-badge';
import './escalations.css';

const HEADING_ID = 'ticket-escalation-heading';

/** Development still works on it: a ticket has at most one such escalation. */
function isActiveEscalation(escalation: EscalationSummary): boolean {
  return escalation.status !== 'FIXED' && escalation.status !== 'REJECTED';
}

// The countdowns tick here, so a ticket without escalations runs no clock.
function EscalationSummaryList({ escalations }: { escalations: readonly EscalationSummary[] }) {
  const now = useNow();
  return (
    <ul className="plain-list ticket-escalation__list">
      {escalations.map((escalation) => (
        <EscalationSummaryItem key={escalation.id} escalation={escalation} now={now} />
      ))}
    </ul>
  );
}

function EscalationSummaryItem({ escalation, now }: { escalation: EscalationSummary; now: number }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : defaultLanguage;
  return (
    <li className="ticket-escalation__item" data-testid="ticket-escalation-item" data-status={escalation.status}>
      <p className="ticket-escalation__badges">
        <EscalationStatusBadge status={escalation.status} /> <SeverityBadge severity={escalation.severity} />{' '}
        <span className="muted">{t('escalations.ticket.createdAt', { at: formatDateTime(escalation.createdAt, language) })}</span>
      </p>
      <dl className="details">
        <div className="details__row">
          <dt>{t('escalations.fields.acknowledgement')}</dt>
          <dd>
            <AcknowledgementCountdown clock={clockOfSummary(escalation)} now={now} />
          </dd>
        </div>
        {escalation.externalReference && (
          <div className="details__row">
            <dt>{t('escalations.fields.externalReference')}</dt>
            <dd>
              <ExternalReferenceLink reference={escalation.externalReference} />
            </dd>
          </div>
        )}
        {escalation.fixVersion && (
          <div className="details__row">
            <dt>{t('escalations.fields.fixVersion')}</dt>
            <dd>{escalation.fixVersion}</dd>
          </div>
        )}
        {escalation.rejectionReason && (
          <div className="details__row">
            <dt>{t('escalations.fields.rejectionReason')}</dt>
            <dd className="ticket-escalation__text">{escalation.rejectionReason}</dd>
          </div>
        )}
      </dl>
      <Link to={paths.escalation.getHref(escalation.id)}>{t('escalations.ticket.open')}</Link>
    </li>
  );
}

/** The ticket's hand-over to development: its state, and the dialog to escalate. */
export function TicketEscalation({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const session = useAuth();
  const [dialogOpen, setDialogOpen] = useState(false);
  const [createdNotice, setCreatedNotice] = useState(false);
  const escalations = ticket.escalations ?? [];
  const mayEscalate =
    (hasRole(session, 'agent') || hasRole(session, 'lead')) &&
    ticket.status !== 'CLOSED' &&
    !escalations.some(isActiveEscalation);

  if (escalations.length === 0 && !mayEscalate) return null;
  return (
    <section className="panel ticket-escalation" aria-labelledby={HEADING_ID} data-testid="ticket-escalation">
      <h2 id={HEADING_ID}>{t('escalations.ticket.title')}</h2>
      {createdNotice && (
        <p role="status" className="success-banner">
          {t('escalations.ticket.created')}
        </p>
      )}
      {escalations.length === 0 ? (
        <p className="muted">{t('escalations.ticket.none')}</p>
      ) : (
        <EscalationSummaryList escalations={escalations} />
      )}
      {mayEscalate && (
        <button
          type="button"
          className="button button--primary"
          aria-haspopup="dialog"
          onClick={() => {
            setCreatedNotice(false);
            setDialogOpen(true);
          }}
        >
          {t('escalations.ticket.escalate')}
        </button>
      )}
      {dialogOpen && (
        <EscalationDialog
          ticket={ticket}
          onClose={() => setDialogOpen(false)}
          onCreated={() => {
            setDialogOpen(false);
            setCreatedNotice(true);
          }}
        />
      )}
    </section>
  );
}
