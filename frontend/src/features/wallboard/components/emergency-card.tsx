import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { WallboardTicket } from '../api/types';
import { BigCountdown } from './big-countdown';
import { liveCountdown } from './wallboard-countdown';
import type { WorkingPeriod } from './working-time';

type EmergencyCardProps = {
  ticket: WallboardTicket;
  receivedAt: number;
  now: number;
  workingPeriods: readonly WorkingPeriod[] | undefined;
};

/** One open emergency: key, title, client and its most urgent timer, the card coloured by it. */
export function EmergencyCard({ ticket, receivedAt, now, workingPeriods }: EmergencyCardProps) {
  const { t } = useTranslation();
  const titleId = useId();
  // The server lists the running timers most urgent first.
  const timer = ticket.timers[0];
  const live = timer ? liveCountdown(timer, receivedAt, now, workingPeriods) : undefined;
  const colour = live?.colour ?? 'grey';
  return (
    <article
      className={`emergency-card emergency-card--${colour}`}
      aria-labelledby={titleId}
      data-testid="emergency-card"
      data-key={ticket.key}
      data-colour={colour}
    >
      <p className="emergency-card__head">
        <span className="emergency-card__key">{ticket.key}</span>
        <span className="emergency-card__status">{t(`status.${ticket.status}`)}</span>
      </p>
      <h2 className="emergency-card__title" id={titleId}>
        {ticket.title}
      </h2>
      <p className="emergency-card__client">{ticket.clientName}</p>
      {live ? <BigCountdown live={live} /> : <p className="emergency-card__no-timer">{t('wallboard.card.noTimer')}</p>}
      {(ticket.escalated || ticket.assignee) && (
        <p className="emergency-card__foot">
          {ticket.escalated && <span className="emergency-card__flag">{t('wallboard.card.escalated')}</span>}
          {ticket.assignee && <span>{t('wallboard.card.assignee', { name: ticket.assignee })}</span>}
        </p>
      )}
    </article>
  );
}
