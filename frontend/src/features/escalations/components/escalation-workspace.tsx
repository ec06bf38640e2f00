import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { hasRole, useAuth } from '@/lib/auth';
import { defaultLanguage, formatDateTime, formatDuration, isLanguage } from '@/lib/i18n';
import { useEscalation } from '../api/get-escalation';
import { useTicketAttachments } from '../api/get-ticket-attachments';
import type { Escalation } from '../api/types';
import { useNow } from '../hooks/use-now';
import { clockOfEscalation } from './acknowledgement-clock';
import { AcknowledgementCountdown } from './acknowledgement-countdown';
import { EscalationActions } from './escalation-actions';
import { EscalationStatusBadge } from './escalation-status-badge';
import { ExternalReferenceForm } from './external-reference-form';
import { ExternalReferenceLink } from './external-reference-link';
import { SeverityBadge } from './severity-badge';
import './escalations.css';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="details__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

// Attachments are handed over by id; their names come from the ticket's list when it loads.
function HandedOverAttachments({ escalation }: { escalation: Escalation }) {
  const { t } = useTranslation();
  const ids = escalation.diagnostics?.attachmentIds ?? [];
  const attachments = useTicketAttachments(escalation.ticketId, ids.length > 0);
  if (ids.length === 0) return <span className="muted">{t('escalations.details.noAttachments')}</span>;
  const names = new Map((attachments.data?.items ?? []).map((attachment) => [attachment.id, attachment.fileName]));
  return (
    <ul className="plain-list">
      {ids.map((id) => (
        <li key={id}>{names.get(id) ?? id}</li>
      ))}
    </ul>
  );
}

function Diagnostics({ escalation }: { escalation: Escalation }) {
  const { t } = useTranslation();
  const diagnostics = escalation.diagnostics ?? {};
  const none = <span className="muted">{t('escalations.details.notGiven')}</span>;
  return (
    <section className="panel" aria-labelledby="escalation-diagnostics-heading">
      <h2 id="escalation-diagnostics-heading">{t('escalations.details.diagnostics')}</h2>
      <dl className="details">
        <Row label={t('escalations.fields.productVersion')}>{diagnostics.productVersion || none}</Row>
        <Row label={t('escalations.fields.environment')}>
          {diagnostics.environment ? <span className="ticket-escalation__text">{diagnostics.environment}</span> : none}
        </Row>
        <Row label={t('escalations.fields.stepsToReproduce')}>
          {diagnostics.stepsToReproduce ? <span className="ticket-escalation__text">{diagnostics.stepsToReproduce}</span> : none}
        </Row>
        <Row label={t('escalations.fields.attachments')}>
          <HandedOverAttachments escalation={escalation} />
        </Row>
      </dl>
      <h3>{t('escalations.fields.logs')}</h3>
      {diagnostics.logs ? <pre className="escalation-logs">{diagnostics.logs}</pre> : <p>{none}</p>}
    </section>
  );
}

/** One escalation as development reads it, with the moves it may make and the tracker link. */
export function EscalationWorkspace({ escalationId }: { escalationId: string }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : defaultLanguage;
  const session = useAuth();
  const query = useEscalation(escalationId);
  const now = useNow();

  if (query.isPending) return <p className="muted">{t('escalations.details.loading')}</p>;
  if (query.isError) {
    return (
      <section>
        <p role="alert" className="error-banner">
          {t('escalations.details.loadFailed', { reason: query.error.message })}
        </p>
        <Link to={paths.escalations.getHref()}>{t('escalations.details.backToQueue')}</Link>
      </section>
    );
  }

  const { escalation, etag } = query.data;
  const at = (iso: string) => formatDateTime(iso, language);
  const isDeveloper = hasRole(session, 'developer');
  return (
    <article className="escalation-workspace" data-testid="escalation-workspace" data-status={escalation.status}>
      <header>
        <Link to={paths.escalations.getHref()} className="muted">
          ← {t('escalations.details.backToQueue')}
        </Link>
        <h1>{t('escalations.details.title', { title: escalation.ticketTitle })}</h1>
        <p className="ticket-escalation__badges">
          <EscalationStatusBadge status={escalation.status} /> <SeverityBadge severity={escalation.severity} />{' '}
          <Link to={paths.ticket.getHref(escalation.ticketId)} className="ticket-key">
            {t('escalations.details.ticketLink', { key: escalation.ticketKey })}
          </Link>{' '}
          <span className="muted">{escalation.clientName}</span>
        </p>
      </header>
      <div className="ticket-workspace__grid">
        <div>
          <section className="panel" aria-labelledby="escalation-description-heading">
            <h2 id="escalation-description-heading">{t('escalations.details.description')}</h2>
            <p className="ticket-escalation__text">{escalation.description}</p>
            {escalation.workaround && (
              <>
                <h3>{t('escalations.fields.workaround')}</h3>
                <p className="ticket-escalation__text">{escalation.workaround}</p>
              </>
            )}
          </section>
          <Diagnostics escalation={escalation} />
          {isDeveloper && <EscalationActions escalation={escalation} etag={etag} />}
        </div>
        <aside>
          <section className="panel" aria-labelledby="escalation-state-heading">
            <h2 id="escalation-state-heading">{t('escalations.details.state')}</h2>
            <dl className="details">
              <Row label={t('escalations.fields.acknowledgement')}>
                <AcknowledgementCountdown clock={clockOfEscalation(escalation)} now={now} />
              </Row>
              <Row label={t('escalations.fields.acknowledgementTarget')}>
                {formatDuration(escalation.acknowledgement.targetMinutes * 60, t, { business: true })}
              </Row>
              <Row label={t('escalations.fields.acknowledgementDue')}>{at(escalation.acknowledgement.dueAt)}</Row>
              {escalation.acknowledgedBy && <Row label={t('escalations.fields.acknowledgedBy')}>{escalation.acknowledgedBy}</Row>}
              <Row label={t('escalations.fields.createdAt')}>{t('escalations.details.by', { at: at(escalation.createdAt), by: escalation.createdBy })}</Row>
              {escalation.startedAt && <Row label={t('escalations.fields.startedAt')}>{at(escalation.startedAt)}</Row>}
              {escalation.fixedAt && <Row label={t('escalations.fields.fixedAt')}>{at(escalation.fixedAt)}</Row>}
              {escalation.resolution && (
                <Row label={t('escalations.fields.resolution')}>
                  <span className="ticket-escalation__text">{escalation.resolution}</span>
                </Row>
              )}
              {escalation.fixVersion && <Row label={t('escalations.fields.fixVersion')}>{escalation.fixVersion}</Row>}
              {escalation.rejectedAt && <Row label={t('escalations.fields.rejectedAt')}>{at(escalation.rejectedAt)}</Row>}
              {escalation.rejectionReason && (
                <Row label={t('escalations.fields.rejectionReason')}>
                  <span className="ticket-escalation__text">{escalation.rejectionReason}</span>
                </Row>
              )}
              <Row label={t('escalations.fields.externalReference')}>
                {escalation.externalReference ? (
                  <ExternalReferenceLink reference={escalation.externalReference} />
                ) : (
                  <span className="muted">{t('escalations.details.noTracker')}</span>
                )}
              </Row>
            </dl>
          </section>
          {(isDeveloper || hasRole(session, 'lead')) && (
            <ExternalReferenceForm escalation={escalation} etag={etag} />
          )}
        </aside>
      </div>
    </article>
  );
}
