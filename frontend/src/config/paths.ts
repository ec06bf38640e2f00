export const paths = {
  queue: {
    path: '/',
    getHref: () => '/',
  },
  newTicket: {
    path: '/tickets/new',
    getHref: () => '/tickets/new',
  },
  calendar: {
    path: '/calendar',
    getHref: (year?: number) => (year === undefined ? '/calendar' : `/calendar?year=${year}`),
  },
} as const;
