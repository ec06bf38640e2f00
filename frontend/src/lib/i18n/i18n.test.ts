import { describe, expect, it } from 'vitest';
import {
  calendarDayTypeValues,
  channelValues,
  dayKindValues,
  emergencyCriterionValues,
  levelValues,
  ticketStatusValues,
} from '@/lib/api';
import { formatDateTime } from './format-date-time';
import en from './locales/en.json';
import ru from './locales/ru.json';

function keysOf(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keysOf(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('translations', () => {
  it('have the same keys in Russian and English', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(ru).sort());
  });

  it('label every value of the contract enums', () => {
    for (const locale of [ru, en]) {
      for (const channel of channelValues) expect(locale.channel[channel]).toBeTruthy();
      for (const level of levelValues) expect(locale.level[level]).toBeTruthy();
      for (const criterion of emergencyCriterionValues) expect(locale.criterion[criterion]).toBeTruthy();
      for (const status of ticketStatusValues) expect(locale.status[status]).toBeTruthy();
      for (const type of calendarDayTypeValues) expect(locale.calendar.dayType[type]).toBeTruthy();
      for (const kind of dayKindValues) expect(locale.calendar.editor.kinds[kind]).toBeTruthy();
    }
  });
});

describe('formatDateTime', () => {
  it('writes Moscow wall-clock time, dd.MM.yyyy HH:mm in Russian', () => {
    expect(formatDateTime('2025-12-31T21:05:00Z', 'ru')).toBe('01.01.2026 00:05');
    expect(formatDateTime('2025-06-15T09:00:00+03:00', 'ru')).toBe('15.06.2025 09:00');
  });

  it('writes yyyy-MM-dd HH:mm in English', () => {
    expect(formatDateTime('2025-12-31T21:05:00Z', 'en')).toBe('2026-01-01 00:05');
  });
});
