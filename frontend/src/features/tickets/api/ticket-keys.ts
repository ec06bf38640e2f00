// Every tickets query key starts with `all`, so invalidating it refreshes every tickets view.
export const ticketKeys = {
  all: ['tickets'] as const,
  queue: () => [...ticketKeys.all, 'queue'] as const,
};
