import type { QueueFilters } from './types';

// Every tickets query key starts with `all`, so invalidating it refreshes every tickets view;
// `queues` covers the queue under any filters.
export const ticketKeys = {
  all: ['tickets'] as const,
  queues: () => [...ticketKeys.all, 'queue'] as const,
  queue: (filters: QueueFilters = {}) => [...ticketKeys.queues(), filters] as const,
  detail: (ticketId: string) => [...ticketKeys.all, 'detail', ticketId] as const,
  events: (ticketId: string) => [...ticketKeys.all, 'events', ticketId] as const,
};
