import type { EscalationFilters } from './types';

// Every escalations query key starts with `all`: a changed escalation refreshes the queue too.
export const escalationKeys = {
  all: ['escalations'] as const,
  queues: () => [...escalationKeys.all, 'queue'] as const,
  queue: (filters: EscalationFilters = {}) => [...escalationKeys.queues(), filters] as const,
  detail: (escalationId: string) => [...escalationKeys.all, 'detail', escalationId] as const,
  ticketAttachments: (ticketId: string) => [...escalationKeys.all, 'ticket-attachments', ticketId] as const,
};
