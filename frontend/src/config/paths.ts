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
  knowledge: {
    path: '/kb',
    getHref: (query?: string) => (query ? `/kb?q=${encodeURIComponent(query)}` : '/kb'),
  },
  knowledgeArticle: {
    path: '/kb/articles/:articleId',
    getHref: (articleId: string) => `/kb/articles/${encodeURIComponent(articleId)}`,
  },
  knowledgeNewArticle: {
    path: '/kb/articles/new',
    getHref: (fromTicket?: string) =>
      fromTicket ? `/kb/articles/new?fromTicket=${encodeURIComponent(fromTicket)}` : '/kb/articles/new',
  },
  templates: {
    path: '/templates',
    getHref: () => '/templates',
  },
  escalations: {
    path: '/escalations',
    getHref: () => '/escalations',
  },
  escalation: {
    path: '/escalations/:escalationId',
    getHref: (escalationId: string) => `/escalations/${encodeURIComponent(escalationId)}`,
  },
  webhooks: {
    path: '/webhooks',
    getHref: () => '/webhooks',
  },
  dashboard: {
    path: '/dashboard',
    getHref: () => '/dashboard',
  },
  reports: {
    path: '/reports',
    getHref: () => '/reports',
  },
  wallboard: {
    path: '/wallboard',
    getHref: () => '/wallboard',
  },
} as const;
