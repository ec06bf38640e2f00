import { dateOf } from './month-weeks';

const UTC = 'UTC';

function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** Stand-alone month name, capitalised: «Январь», "January". */
export function monthName(year: number, month: number, language: string): string {
  const name = new Intl.DateTimeFormat(language, { month: 'long', timeZone: UTC }).format(
    new Date(Date.UTC(year, month - 1, 1, 12)),
  );
  return capitalised(name);
}

/** Short weekday names, Monday first: «Пн» … «Вс». */
export function weekdayNames(language: string): { short: string; long: string }[] {
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, index) => {
    const day = new Date(Date.UTC(2024, 0, 1 + index, 12));
    return {
      short: capitalised(new Intl.DateTimeFormat(language, { weekday: 'short', timeZone: UTC }).format(day)),
      long: capitalised(new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: UTC }).format(day)),
    };
  });
}

/** «3 ноября 2026», "November 3, 2026": the day without a weekday or the Russian «г.». */
export function longDate(iso: string, language: string): string {
  const parts = new Intl.DateTimeFormat(language, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: UTC,
  }).formatToParts(dateOf(iso));
  // Russian appends the literal « г.» (год) after the year.
  return parts
    .filter((part) => part.type !== 'literal' || !part.value.includes('г.'))
    .map((part) => part.value)
    .join('')
    .trim();
}
