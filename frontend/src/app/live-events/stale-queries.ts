import type { QueryKey } from '@tanstack/react-query';
import { communicationKeys } from '@/features/communication/api/communication-keys';
import { escalationKeys } from '@/features/escalations/api/escalation-keys';
import { reportKeys } from '@/features/reports/api/report-keys';
import { ticketKeys } from '@/features/tickets/api/ticket-keys';
import type { LiveEvent } from './live-event';

function ticketViews(ticketId: string | undefined): QueryKey[] {
  // The ticket carries its timers, checklist and owed actions; its history is the events list.
  return ticketId ? [ticketKeys.detail(ticketId), ticketKeys.events(ticketId)] : [];
}

/**
 * The queries an event makes stale, by family: what the same change made by this user would
 * invalidate. Unknown families touch nothing.
 */
export function staleQueriesAfter({ type, ticketId }: LiveEvent): QueryKey[] {
  switch (type.split('.')[0]) {
    case 'ticket':
      // a contact recorded through the workflow is an entry of the conversation log too
      return type === 'ticket.contact' && ticketId
        ? [communicationKeys.log(ticketId), ticketKeys.queues(), ...ticketViews(ticketId)]
        : [ticketKeys.queues(), ...ticketViews(ticketId)];
    case 'sla':
      return [ticketKeys.queues(), ...ticketViews(ticketId)];
    case 'communication':
      // A message to the client restarts the status-update clock, seen in the queue and the ticket.
      return ticketId ? [communicationKeys.log(ticketId), ticketKeys.queues(), ...ticketViews(ticketId)] : [];
    case 'escalation':
      return [escalationKeys.all, ...ticketViews(ticketId)];
    default:
      return [];
  }
}

// A report is an aggregate over many tickets: on a busy day it is refetched at most this often.
export const REPORT_REFRESH_MS = 5_000;

// Families that change a report's numbers: the workflow (statuses, levels, extensions), clocks
// met or breached, messages (the status-update clock) and escalations.
const reportFamilies: ReadonlySet<string> = new Set(['ticket', 'sla', 'communication', 'escalation']);

/**
 * The SLA reports an event makes stale. Any of them may change, since a ticket counts in the
 * period it was received however late it is worked; they are refetched together, throttled.
 */
export function staleReportsAfter({ type }: LiveEvent): QueryKey[] {
  return reportFamilies.has(type.split('.')[0] ?? '') ? [reportKeys.all] : [];
}
