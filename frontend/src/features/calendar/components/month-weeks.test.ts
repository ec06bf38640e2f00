import { describe, expect, it } from 'vitest';
import { longDate, monthName, weekdayNames } from './calendar-names';
import { monthWeeks, yearMonths } from './month-weeks';

describe('monthWeeks', () => {
  it('starts weeks on Monday and pads the neighbouring months', () => {
    // 1 November 2026 is a Sunday.
    const { weeks } = monthWeeks(2026, 11);
    expect(weeks[0]).toEqual([null, null, null, null, null, null, '2026-11-01']);
    expect(weeks[1]?.[0]).toBe('2026-11-02');
    expect(weeks.at(-1)).toEqual(['2026-11-30', null, null, null, null, null, null]);
  });

  it('knows leap years', () => {
    expect(monthWeeks(2028, 2).weeks.flat().filter(Boolean)).toHaveLength(29);
    expect(yearMonths(2027).flatMap((m) => m.weeks.flat()).filter(Boolean)).toHaveLength(365);
  });
});

describe('calendar names', () => {
  it('speak Russian and English', () => {
    expect(monthName(2026, 1, 'ru')).toBe('Январь');
    expect(monthName(2026, 1, 'en')).toBe('January');
    expect(weekdayNames('ru').map((d) => d.short)).toEqual(['Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб', 'Вс']);
    expect(longDate('2026-11-03', 'ru')).toBe('3 ноября 2026');
    expect(longDate('2026-11-03', 'en')).toBe('November 3, 2026');
  });
});
