import { escalationSeverityValues, escalationStatusValues } from '../api/escalation-values';
import type { EscalationFilters, EscalationSeverity, EscalationStatus } from '../api/types';

// The filters live in the page's address, so a filtered queue can be bookmarked and shared;
// values that are not in the contract are dropped rather than sent.
const statuses: ReadonlySet<string> = new Set(escalationStatusValues);
const severities: ReadonlySet<string> = new Set(escalationSeverityValues);

export function filtersOfSearch(search: URLSearchParams): EscalationFilters {
  const status = [
    ...new Set(search.getAll('status').flatMap((value) => value.split(',')).filter((value) => statuses.has(value))),
  ] as EscalationStatus[];
  const severity = search.get('severity');
  const breached = search.get('breached');
  return {
    ...(status.length > 0 ? { status } : {}),
    ...(severity && severities.has(severity) ? { severity: severity as EscalationSeverity } : {}),
    ...(breached === 'true' || breached === 'false' ? { breached: breached === 'true' } : {}),
  };
}

export function searchOfFilters(filters: EscalationFilters): URLSearchParams {
  const search = new URLSearchParams();
  // In the contract's order, so the same filters always make the same address and query key.
  for (const status of escalationStatusValues) if (filters.status?.includes(status)) search.append('status', status);
  if (filters.severity) search.set('severity', filters.severity);
  if (filters.breached !== undefined) search.set('breached', String(filters.breached));
  return search;
}
