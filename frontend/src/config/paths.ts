export const paths = {
  queue: {
    path: '/',
    getHref: () => '/',
  },
  newTicket: {
    path: '/tickets/new',
    getHref: () => '/tickets/new',
  },
  ticket: {
    path: '/tickets/:ticketId',
    getHref: (ticketId: string) => `/tickets/${encodeURIComponent(ticketId)}`,
  },
  calendar: {
    path: '/calendar',
    getHref: (year?: number) => (year === undefined ? '/calendar' : `/calendar?year=${year}`),
  },
  slaPolicies: {
    path: '/sla-policies',
    getHref: () => '/sla-policies',
  },
} as const;
