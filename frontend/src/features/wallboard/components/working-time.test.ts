import { describe, expect, it } from 'vitest';
import type { CalendarDay } from '../api/types';
import { dateIn, instantOf, shiftDate, workingPeriodsOf, workingTimeBetween } from './working-time';

const MSK = 'Europe/Moscow';
const at = (iso: string) => Date.parse(iso);

function aDay(date: string, intervals: Array<[string, string]>): CalendarDay {
  return {
    date,
    type: intervals.length > 0 ? 'WORKDAY' : 'WEEKEND',
    intervals: intervals.map(([start, end]) => ({ start, end })),
    workingMinutes: 0,
  };
}

describe('working time of the calendar', () => {
  it('places wall-clock times of the zone on the time line', () => {
    expect(instantOf('2026-03-03', 9 * 60, MSK)).toBe(at('2026-03-03T06:00:00Z'));
    expect(instantOf('2026-03-03', 24 * 60, MSK)).toBe(at('2026-03-03T21:00:00Z'));
    // The night Berlin moves its clocks forward, 01:00–04:00 is two hours long.
    const berlin = 'Europe/Berlin';
    expect(instantOf('2026-03-29', 4 * 60, berlin) - instantOf('2026-03-29', 60, berlin)).toBe(2 * 3_600_000);
  });

  it('knows the date in the zone and moves it by days', () => {
    expect(dateIn(at('2026-03-03T21:30:00Z'), MSK)).toBe('2026-03-04');
    expect(dateIn(at('2026-03-03T20:59:59Z'), MSK)).toBe('2026-03-03');
    expect(shiftDate('2026-03-01', -1)).toBe('2026-02-28');
    expect(shiftDate('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('counts only the working time between two instants', () => {
    const periods = workingPeriodsOf(
      [aDay('2026-03-06', [['09:00', '18:00']]), aDay('2026-03-07', []), aDay('2026-03-09', [['09:00', '13:00'], ['14:00', '18:00']])],
      MSK,
    );

    // 17:59:30 → 18:00:30 MSK on Friday: the last half minute of the day.
    expect(workingTimeBetween(at('2026-03-06T14:59:30Z'), at('2026-03-06T15:00:30Z'), periods)).toBe(30_000);
    // Friday evening to Saturday noon: none.
    expect(workingTimeBetween(at('2026-03-06T16:00:00Z'), at('2026-03-07T09:00:00Z'), periods)).toBe(0);
    // Monday 12:30 → 14:30 with a break at 13:00–14:00: one hour.
    expect(workingTimeBetween(at('2026-03-09T09:30:00Z'), at('2026-03-09T11:30:00Z'), periods)).toBe(3_600_000);
  });
});
