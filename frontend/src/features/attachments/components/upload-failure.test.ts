import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api';
import { createI18n, languageStorageKey } from '@/lib/i18n';
import { memoryStorage } from '@/testing/memory-storage';
import { AttachmentTooLarge } from '../api/accepted-files';
import { uploadFailureMessage } from './upload-failure';

const { t } = createI18n(memoryStorage({ [languageStorageKey]: 'ru' }));
const message = (error: Error, fileName: string) => uploadFailureMessage(error, fileName, '25 МБ', t);

const unsupported = new ApiError(415, {
  type: 'https://emergency-desk.pass24.online/problems/unsupported-media-type',
  title: 'Unsupported Media Type',
  status: 415,
  detail: 'irrelevant to the client',
});

describe('uploadFailureMessage', () => {
  it('says the limit for a file too large, refused here or by the server', () => {
    const tooLarge = new ApiError(413, {
      type: 'https://emergency-desk.pass24.online/problems/payload-too-large',
      title: 'Payload Too Large',
      status: 413,
    });
    expect(message(tooLarge, 'dump.log')).toMatch(/^Файл больше 25 МБ/);
    expect(message(new AttachmentTooLarge(30_000_000), 'dump.log')).toMatch(/^Файл больше 25 МБ/);
    expect(message(new ApiError(413, '<html>nginx</html>'), 'dump.log')).toMatch(/^Файл больше 25 МБ/);
  });

  it('tells a type off the allow-list from content that contradicts an accepted name', () => {
    expect(message(unsupported, 'setup.exe')).toMatch(/^Файлы такого типа не принимаются/);
    expect(message(unsupported, 'README')).toMatch(/^Файлы такого типа не принимаются/);
    expect(message(unsupported, 'screen.PNG')).toMatch(/^Содержимое файла не соответствует его расширению/);
    expect(message(unsupported, 'server.log')).toMatch(/^Содержимое файла не соответствует его расширению/);
  });

  it('names other refusals without the English detail', () => {
    expect(message(new ApiError(403, undefined), 'a.png')).toBe('Недостаточно прав, чтобы добавлять вложения.');
    expect(message(new ApiError(502, '<html>Bad gateway</html>'), 'a.png')).toBe(
      'Не удалось загрузить файл (HTTP 502). Попробуйте ещё раз.',
    );
    expect(message(new TypeError('Network request failed'), 'a.png')).toMatch(/^Нет связи с сервером/);
  });
});
