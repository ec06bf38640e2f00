import { useTranslation } from 'react-i18next';
import { defaultLanguage, formatDateTime, formatDuration, isLanguage } from '@/lib/i18n';
import type { Ticket } from '../api/types';

/** What each step recorded, in the order of the regulation. */
export function TicketRecords({ ticket }: { ticket: Ticket }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : defaultLanguage;
  const when = (by: string, at: string) => t('ticket.records.byAt', { by, at: formatDateTime(at, language) });
  const rows: { key: string; label: string; text: string; meta?: string }[] = [];
  const { firstContact, criticality, information, diagnosis, solution, restoration, confirmation, closure } = ticket;
  if (firstContact) {
    rows.push({ key: 'contact', label: t('ticket.records.contact'), text: `${t(`channel.${firstContact.channel}`)}: ${firstContact.summary}`, meta: when(firstContact.by, firstContact.at) });
  }
  if (criticality) {
    const decision = criticality.confirmed ? t('ticket.records.confirmed') : t('ticket.records.rejected');
    const criterion = criticality.criterion ? ` — ${t(`criterion.${criticality.criterion}`)}` : '';
    rows.push({ key: 'criticality', label: t('ticket.records.criticality'), text: `${decision}${criterion}`, meta: when(criticality.by, criticality.decidedAt) });
  }
  if (ticket.informationSkippedReason) {
    rows.push({ key: 'information', label: t('ticket.records.informationSkipped'), text: ticket.informationSkippedReason });
  } else if (ticket.informationCollectedAt && information) {
    rows.push({
      key: 'information',
      label: t('ticket.records.information'),
      text: [information.whatFails, information.affectedUsers != null ? `${t('ticket.actions.INFORMATION.affectedUsers')}: ${information.affectedUsers}` : null]
        .filter(Boolean)
        .join('; '),
      meta: formatDateTime(ticket.informationCollectedAt, language),
    });
  }
  if (diagnosis) {
    rows.push({ key: 'diagnosis', label: t('ticket.records.diagnosis'), text: `${t(`problemType.${diagnosis.problemType}`)}: ${diagnosis.cause}`, meta: when(diagnosis.by, diagnosis.at) });
  }
  if (solution) {
    rows.push({ key: 'solution', label: t('ticket.records.solution'), text: `${t(`solutionPath.${solution.path}`)}: ${solution.description}`, meta: when(solution.by, solution.at) });
  }
  if (restoration) {
    rows.push({ key: 'restoration', label: t('ticket.records.restoration'), text: restoration.verified, meta: when(restoration.by, restoration.at) });
  }
  if (confirmation) {
    rows.push({ key: 'confirmation', label: t('ticket.records.confirmation'), text: `${confirmation.confirmedBy} (${t(`channel.${confirmation.channel}`)})`, meta: when(confirmation.by, confirmation.at) });
  }
  if (closure) {
    rows.push({
      key: 'closure',
      label: t('ticket.records.closure'),
      text: `${closure.cause} → ${closure.solution}`,
      meta: `${t('ticket.records.resolutionTime', { duration: formatDuration(closure.resolutionMinutes * 60, t, { business: true }) })}; ${when(closure.by, closure.at)}`,
    });
  }
  return (
    <section className="panel" aria-labelledby="ticket-records-heading">
      <h2 id="ticket-records-heading">{t('ticket.records.title')}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('ticket.records.none')}</p>
      ) : (
        <dl className="details" data-testid="ticket-records">
          {rows.map((row) => (
            <div key={row.key} className="details__row" data-testid={`record-${row.key}`}>
              <dt>{row.label}</dt>
              <dd>
                {row.text}
                {row.meta && <span className="muted"> · {row.meta}</span>}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
