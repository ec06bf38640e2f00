import type { EscalationStatus } from '../api/types';

/** What development can do with an escalation. */
export type EscalationMove = 'acknowledge' | 'start' | 'fix' | 'reject';

/**
 * The moves each state allows, as the server's lifecycle has them: acknowledging stops the
 * clock, starting also acknowledges, fixing needs it acknowledged, rejecting is always open
 * until the escalation is closed.
 */
export function allowedMoves(status: EscalationStatus): EscalationMove[] {
  switch (status) {
    case 'OPEN':
      return ['acknowledge', 'start', 'reject'];
    case 'ACKNOWLEDGED':
      return ['start', 'fix', 'reject'];
    case 'IN_PROGRESS':
      return ['fix', 'reject'];
    case 'FIXED':
    case 'REJECTED':
      return [];
  }
}
