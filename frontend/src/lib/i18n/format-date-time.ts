import type { Language } from './i18n';

// Support works by Moscow time (the regulation's business hours are 9:00–18:00 MSK).
const SUPPORT_TIME_ZONE = 'Europe/Moscow';

const formatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: SUPPORT_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** `dd.MM.yyyy HH:mm` in Russian, `yyyy-MM-dd HH:mm` in English; always Moscow time. */
export function formatDateTime(iso: string, language: Language): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  const parts = formatter.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const time = `${part('hour')}:${part('minute')}`;
  return language === 'ru'
    ? `${part('day')}.${part('month')}.${part('year')} ${time}`
    : `${part('year')}-${part('month')}-${part('day')} ${time}`;
}
