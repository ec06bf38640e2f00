import type { TFunction } from 'i18next';

type DurationOptions = {
  /** "5 рабочих часов": the SLA counts business time of the policy's calendar. */
  business?: boolean;
  /** Adds seconds, for a countdown that ticks; otherwise the minutes are the smallest unit. */
  withSeconds?: boolean;
};

/**
 * A span of time the Russian way, "2 часа 15 минут", "1 час", "21 минута", with the plural
 * forms of the language's rules (i18next `_one`/`_few`/`_many`/`_other`); the sign is ignored.
 */
export function formatDuration(seconds: number, t: TFunction, { business = false, withSeconds = false }: DurationOptions = {}): string {
  const total = Math.abs(Math.trunc(seconds));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const rest = total % 60;
  const parts: string[] = [];
  if (hours > 0) parts.push(t(business ? 'duration.businessHours' : 'duration.hours', { count: hours }));
  if (minutes > 0) parts.push(t(business ? 'duration.businessMinutes' : 'duration.minutes', { count: minutes }));
  if (withSeconds && (rest > 0 || parts.length === 0)) {
    parts.push(t(business ? 'duration.businessSeconds' : 'duration.seconds', { count: rest }));
  }
  if (parts.length === 0) parts.push(t(business ? 'duration.businessMinutes' : 'duration.minutes', { count: 0 }));
  return parts.join(' ');
}
