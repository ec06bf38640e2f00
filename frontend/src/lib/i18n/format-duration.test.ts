import { describe, expect, it } from 'vitest';
import { memoryStorage } from '@/testing/memory-storage';
import { formatDuration } from './format-duration';
import { createI18n, languageStorageKey, type Language } from './i18n';

function tIn(language: Language) {
  return createI18n(memoryStorage({ [languageStorageKey]: language })).t;
}

const minutes = (m: number) => m * 60;

describe('formatDuration in Russian', () => {
  const t = tIn('ru');

  it('writes hours and minutes with the plural form each number needs', () => {
    expect(formatDuration(minutes(135), t)).toBe('2 часа 15 минут');
    expect(formatDuration(minutes(60), t)).toBe('1 час');
    expect(formatDuration(minutes(300), t)).toBe('5 часов');
    expect(formatDuration(minutes(21), t)).toBe('21 минута');
    expect(formatDuration(minutes(22), t)).toBe('22 минуты');
    expect(formatDuration(minutes(11), t)).toBe('11 минут');
    expect(formatDuration(minutes(21 * 60 + 1), t)).toBe('21 час 1 минута');
    expect(formatDuration(minutes(24 * 60), t)).toBe('24 часа');
  });

  it('says "рабочих" for business time', () => {
    expect(formatDuration(minutes(300), t, { business: true })).toBe('5 рабочих часов');
    expect(formatDuration(minutes(240), t, { business: true })).toBe('4 рабочих часа');
    expect(formatDuration(minutes(61), t, { business: true })).toBe('1 рабочий час 1 рабочая минута');
    expect(formatDuration(minutes(15), t, { business: true })).toBe('15 рабочих минут');
  });

  it('ticks in seconds when asked and ignores the sign of an overdue span', () => {
    expect(formatDuration(14 * 60 + 32, t, { withSeconds: true })).toBe('14 минут 32 секунды');
    expect(formatDuration(-61, t, { withSeconds: true })).toBe('1 минута 1 секунда');
    expect(formatDuration(0, t, { withSeconds: true })).toBe('0 секунд');
    expect(formatDuration(0, t)).toBe('0 минут');
  });
});

describe('formatDuration in English', () => {
  const t = tIn('en');

  it('uses one and other', () => {
    expect(formatDuration(minutes(135), t)).toBe('2 hours 15 minutes');
    expect(formatDuration(minutes(60), t)).toBe('1 hour');
    expect(formatDuration(minutes(21), t)).toBe('21 minutes');
    expect(formatDuration(minutes(300), t, { business: true })).toBe('5 business hours');
    expect(formatDuration(61, t, { withSeconds: true })).toBe('1 minute 1 second');
  });
});
