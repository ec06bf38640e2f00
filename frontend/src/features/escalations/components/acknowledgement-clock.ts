import type { Escalation, EscalationSummary } from '../api/types';

/** The acknowledgement clock as the queue, the page and the ticket see it. */
export type AcknowledgementClock = {
  dueAt: string | undefined;
  acknowledgedAt: string | undefined;
  breached: boolean;
  warned: boolean;
  /** Fixed or rejected: an unacknowledged clock no longer runs. */
  closed: boolean;
};

export type AcknowledgementTone = 'acknowledged' | 'stopped' | 'running' | 'warned' | 'overdue';

const closedStatuses: ReadonlySet<string> = new Set(['FIXED', 'REJECTED']);

export function clockOfEscalation(escalation: Escalation): AcknowledgementClock {
  const { acknowledgement } = escalation;
  return {
    dueAt: acknowledgement.dueAt,
    acknowledgedAt: acknowledgement.acknowledgedAt,
    breached: acknowledgement.state === 'BREACHED' || acknowledgement.breachedAt !== undefined,
    warned: acknowledgement.warnedAt !== undefined,
    closed: closedStatuses.has(escalation.status),
  };
}

export function clockOfSummary(summary: EscalationSummary): AcknowledgementClock {
  return {
    dueAt: summary.acknowledgementDueAt,
    acknowledgedAt: summary.acknowledgedAt,
    breached: summary.acknowledgementBreached ?? false,
    warned: false,
    closed: closedStatuses.has(summary.status),
  };
}

/**
 * Where the clock stands at `now`: the seconds left until the due instant (negative when
 * overdue) and its tone. The server computes the due instant in business time; counting
 * down to it is wall-clock time, and the server's breach flag wins over a late local tick.
 */
export function acknowledgementAt(clock: AcknowledgementClock, now: number): { tone: AcknowledgementTone; seconds: number } {
  const due = clock.dueAt ? new Date(clock.dueAt).getTime() : Number.NaN;
  const seconds = Number.isNaN(due) ? 0 : Math.floor((due - now) / 1000);
  if (clock.acknowledgedAt) return { tone: 'acknowledged', seconds };
  if (clock.closed || Number.isNaN(due)) return { tone: 'stopped', seconds };
  if (clock.breached || seconds < 0) return { tone: 'overdue', seconds };
  return { tone: clock.warned ? 'warned' : 'running', seconds };
}
