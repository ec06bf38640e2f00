export const paths = {
  queue: {
    path: '/',
    getHref: () => '/',
  },
  newTicket: {
    path: '/tickets/new',
    getHref: () => '/tickets/new',
  },
} as const;
