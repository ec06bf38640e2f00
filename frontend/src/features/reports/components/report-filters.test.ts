import { describe, expect, it } from 'vitest';
import { filtersOfSearch, reportQuery, resolvePeriod, searchOfFilters } from './report-filters';

describe('the report filters in the address', () => {
  it('default to emergencies of the last 30 days grouped by week', () => {
    expect(filtersOfSearch(new URLSearchParams())).toEqual({ period: 'last30Days', level: 'EMERGENCY', groupBy: 'week' });
    expect(searchOfFilters(filtersOfSearch(new URLSearchParams())).toString()).toBe('period=last30Days');
  });

  it('round-trip a preset, fixed days, a level and a grouping', () => {
    const preset = filtersOfSearch(new URLSearchParams('period=lastMonth&level=ALL&groupBy=agent'));
    expect(preset).toEqual({ period: 'lastMonth', level: 'ALL', groupBy: 'agent' });
    expect(searchOfFilters(preset).toString()).toBe('period=lastMonth&level=ALL&groupBy=agent');

    const fixed = filtersOfSearch(new URLSearchParams('from=2026-02-01&to=2026-02-28&level=STANDARD'));
    expect(fixed).toEqual({ period: { from: '2026-02-01', to: '2026-02-28' }, level: 'STANDARD', groupBy: 'week' });
    expect(searchOfFilters(fixed).toString()).toBe('from=2026-02-01&to=2026-02-28&level=STANDARD');
  });

  it('drop values the contract does not know', () => {
    expect(filtersOfSearch(new URLSearchParams('period=forever&level=URGENT&groupBy=hour'))).toEqual({
      period: 'last30Days',
      level: 'EMERGENCY',
      groupBy: 'week',
    });
  });

  it('ask for nothing while the days are refused, and for every level without a level filter', () => {
    const refused = resolvePeriod({ period: { from: '2026-03-10', to: '2026-03-01' } }, '2026-03-15');
    expect(refused.problem).toBe('fromAfterTo');
    expect(reportQuery(refused, 'EMERGENCY', 'week')).toBeUndefined();

    const lastMonth = resolvePeriod({ period: 'lastMonth' }, '2026-03-15');
    expect(reportQuery(lastMonth, 'ALL', 'agent')).toEqual({ from: '2026-02-01', to: '2026-02-28', groupBy: 'agent' });
    expect(reportQuery(lastMonth, 'EMERGENCY', 'week')).toEqual({ from: '2026-02-01', to: '2026-02-28', groupBy: 'week', level: 'EMERGENCY' });
  });
});
