import type { SlaReportQuery } from './types';

// Every report key starts with `all`: live ticket and SLA events refresh them together, throttled
// (app/live-events), since a ticket received weeks ago still changes its period's numbers.
export const reportKeys = {
  all: ['reports'] as const,
  sla: ({ from, to, groupBy, level }: SlaReportQuery) => [...reportKeys.all, 'sla', { from, to, groupBy, level: level ?? null }] as const,
};
