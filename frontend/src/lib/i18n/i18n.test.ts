import { describe, expect, it } from 'vitest';
import {
  calendarDayTypeValues,
  channelValues,
  contactChannelValues,
  dayKindValues,
  downgradeReasonValues,
  emergencyCriterionValues,
  escalationStatusValues,
  levelValues,
  metricValues,
  owedActionActionValues,
  problemCategoryValues,
  solutionPathValues,
  ticketActionValues,
  ticketStatusValues,
  timerStateValues,
} from '@/lib/api';
import { formatDateTime } from './format-date-time';
import { en, ru } from './i18n';

function keysOf(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keysOf(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

// Plural forms differ by language (Russian has one/few/many, English one/other): compare the
// keys the code asks for.
function baseKeysOf(tree: object): string[] {
  return [...new Set(keysOf(tree).map((key) => key.replace(/_(zero|one|two|few|many|other)$/, '')))].sort();
}

describe('translations', () => {
  it('have the same keys in Russian and English', () => {
    expect(baseKeysOf(en)).toEqual(baseKeysOf(ru));
  });

  it('give Russian plurals all the forms its rules choose from', () => {
    const plurals = keysOf(ru).filter((key) => /_(one|few|many|other)$/.test(key));
    const bases = new Set(plurals.map((key) => key.replace(/_[a-z]+$/, '')));
    for (const base of bases) {
      for (const form of ['one', 'few', 'many', 'other']) expect(plurals).toContain(`${base}_${form}`);
    }
  });

  it('label every value of the contract enums', () => {
    for (const locale of [ru, en]) {
      for (const channel of channelValues) expect(locale.channel[channel]).toBeTruthy();
      for (const level of levelValues) expect(locale.level[level]).toBeTruthy();
      for (const criterion of emergencyCriterionValues) expect(locale.criterion[criterion]).toBeTruthy();
      for (const status of ticketStatusValues) expect(locale.status[status]).toBeTruthy();
      for (const type of calendarDayTypeValues) expect(locale.calendar.dayType[type]).toBeTruthy();
      for (const kind of dayKindValues) expect(locale.calendar.editor.kinds[kind]).toBeTruthy();
      for (const channel of contactChannelValues) expect(locale.channel[channel]).toBeTruthy();
      for (const metric of metricValues) expect(locale.metric[metric]).toBeTruthy();
      for (const state of timerStateValues) expect(locale.timerState[state]).toBeTruthy();
      for (const type of problemCategoryValues) expect(locale.problemType[type]).toBeTruthy();
      for (const path of solutionPathValues) expect(locale.solutionPath[path]).toBeTruthy();
      for (const reason of downgradeReasonValues) expect(locale.downgradeReason[reason]).toBeTruthy();
      for (const status of escalationStatusValues) expect(locale.escalationStatus[status]).toBeTruthy();
      for (const owed of owedActionActionValues) expect(locale.ticket.owed.items[owed]).toBeTruthy();
      for (const action of ticketActionValues) expect(locale.ticket.actions[action].title).toBeTruthy();
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
