import { describe, expect, it } from 'vitest';
import { mondayOf, periodOf, periodProblemOf, todayIn, weeksOf, type PeriodPreset } from './report-period';

const at = (iso: string) => todayIn(Date.parse(iso));

describe('the period presets', () => {
  it('take today in Moscow: late Sunday evening in UTC is already Monday there', () => {
    // Sunday 8 March 2026, 23:30 UTC = Monday 9 March, 02:30 MSK
    const today = at('2026-03-08T23:30:00Z');
    expect(today).toBe('2026-03-09');
    expect(periodOf('thisWeek', today)).toEqual({ from: '2026-03-09', to: '2026-03-09' });
    expect(periodOf('lastWeek', today)).toEqual({ from: '2026-03-02', to: '2026-03-08' });
  });

  it('keep the day before Moscow midnight in the old week', () => {
    // Sunday 8 March 2026, 20:59 UTC = 23:59 MSK
    const today = at('2026-03-08T20:59:00Z');
    expect(today).toBe('2026-03-08');
    expect(periodOf('thisWeek', today)).toEqual({ from: '2026-03-02', to: '2026-03-08' });
  });

  it.each<[PeriodPreset, string, { from: string; to: string }]>([
    ['thisWeek', '2026-03-04', { from: '2026-03-02', to: '2026-03-04' }],
    ['lastWeek', '2026-03-04', { from: '2026-02-23', to: '2026-03-01' }],
    ['thisMonth', '2026-03-04', { from: '2026-03-01', to: '2026-03-04' }],
    ['lastMonth', '2026-03-04', { from: '2026-02-01', to: '2026-02-28' }],
    ['lastMonth', '2024-03-31', { from: '2024-02-01', to: '2024-02-29' }],
    ['lastMonth', '2026-01-15', { from: '2025-12-01', to: '2025-12-31' }],
    ['last30Days', '2026-03-04', { from: '2026-02-03', to: '2026-03-04' }],
    ['thisYear', '2026-03-04', { from: '2026-01-01', to: '2026-03-04' }],
    ['lastWeek', '2026-01-01', { from: '2025-12-22', to: '2025-12-28' }],
  ])('%s on %s covers %o', (preset, today, period) => {
    expect(periodOf(preset, today)).toEqual(period);
  });

  it('turns the month at Moscow midnight, three hours before UTC', () => {
    expect(periodOf('thisMonth', at('2026-03-31T21:00:00Z'))).toEqual({ from: '2026-04-01', to: '2026-04-01' });
    expect(periodOf('lastMonth', at('2026-03-31T21:00:00Z'))).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    expect(periodOf('thisMonth', at('2026-03-31T20:59:59Z'))).toEqual({ from: '2026-03-01', to: '2026-03-31' });
  });
});

describe('a custom period', () => {
  it('is refused with a reason the server would give', () => {
    expect(periodProblemOf({ from: '2026-03-01', to: '2026-03-31' })).toBeUndefined();
    expect(periodProblemOf({ from: '2026-03-01', to: '2026-03-01' })).toBeUndefined();
    expect(periodProblemOf({ from: '2026-03-31', to: '2026-03-01' })).toBe('fromAfterTo');
    expect(periodProblemOf({ from: '2026-02-30', to: '2026-03-01' })).toBe('invalidDate');
    expect(periodProblemOf({ from: '', to: '2026-03-01' })).toBe('invalidDate');
    expect(periodProblemOf({ from: '2023-03-01', to: '2026-03-01' })).toBeUndefined();
    expect(periodProblemOf({ from: '2023-03-01', to: '2026-03-02' })).toBe('tooLong');
  });
});

describe('the weeks of a period', () => {
  it('start on the Monday of the first day and include the week of the last', () => {
    expect(mondayOf('2026-03-08')).toBe('2026-03-02');
    expect(mondayOf('2026-03-09')).toBe('2026-03-09');
    expect(weeksOf({ from: '2026-02-03', to: '2026-03-04' })).toEqual(['2026-02-02', '2026-02-09', '2026-02-16', '2026-02-23', '2026-03-02']);
    expect(weeksOf({ from: '2026-03-04', to: '2026-03-04' })).toEqual(['2026-03-02']);
  });
});
