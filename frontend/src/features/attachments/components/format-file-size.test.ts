import { describe, expect, it } from 'vitest';
import { createI18n, languageStorageKey, type Language } from '@/lib/i18n';
import { memoryStorage } from '@/testing/memory-storage';
import { formatFileSize } from './format-file-size';

function sizeIn(language: Language) {
  const { t } = createI18n(memoryStorage({ [languageStorageKey]: language }));
  return (bytes: number) => formatFileSize(bytes, t, language).replace(/\u00a0/g, ' ');
}

describe('formatFileSize', () => {
  it('writes Russian binary units with a decimal comma', () => {
    const size = sizeIn('ru');
    expect(size(0)).toBe('0 Б');
    expect(size(512)).toBe('512 Б');
    expect(size(1023)).toBe('1023 Б');
    expect(size(1024)).toBe('1 КБ');
    expect(size(1536)).toBe('1,5 КБ');
    expect(size(150 * 1024 + 300)).toBe('150 КБ');
    expect(size(1024 * 1024 - 1)).toBe('1 МБ');
    expect(size(25 * 1024 * 1024)).toBe('25 МБ');
    expect(size(2.5 * 1024 ** 3)).toBe('2,5 ГБ');
  });

  it('writes English units with a decimal point', () => {
    const size = sizeIn('en');
    expect(size(1536)).toBe('1.5 KB');
    expect(size(25 * 1024 * 1024)).toBe('25 MB');
  });

  it('keeps the number and its unit on one line in Russian', () => {
    const { t } = createI18n(memoryStorage({ [languageStorageKey]: 'ru' }));
    expect(formatFileSize(1536, t, 'ru')).toBe('1,5\u00a0КБ');
  });
});
