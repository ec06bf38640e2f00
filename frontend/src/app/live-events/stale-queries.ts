import type { QueryKey } from '@tanstack/react-query';
import { communicationKeys } from '@/features/communication/api/communication-keys';
import { escalationKeys } from '@/features/escalations/api/escalation-keys';
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
