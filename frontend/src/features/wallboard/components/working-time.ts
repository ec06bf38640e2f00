import type { CalendarDay } from '../api/types';

/** A stretch of working time as instants (epoch milliseconds), `start` inclusive, `end` exclusive. */
export type WorkingPeriod = { start: number; end: number };

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClockFormatter(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

// The zone's wall clock at `epoch`, read as if it were UTC.
function wallClockAsUtc(epoch: number, zone: string): number {
  const parts = wallClockFormatter(zone).formatToParts(new Date(epoch));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
}

function offsetAt(epoch: number, zone: string): number {
  return wallClockAsUtc(Math.floor(epoch / 1000) * 1000, zone) - Math.floor(epoch / 1000) * 1000;
}

/** The instant a wall-clock time of `date` (`YYYY-MM-DD`) is in `zone`; `minutes` may be 24 × 60. */
export function instantOf(date: string, minutes: number, zone: string): number {
  const [year, month, day] = date.split('-').map(Number);
  const naive = Date.UTC(year!, month! - 1, day!) + minutes * MS_PER_MINUTE;
  // The offset at the guess, then at the corrected instant: right on either side of a DST change.
  const guess = naive - offsetAt(naive, zone);
  return naive - offsetAt(guess, zone);
}

/** The date (`YYYY-MM-DD`) in `zone` at `epoch`. */
export function dateIn(epoch: number, zone: string): string {
  return new Date(wallClockAsUtc(epoch, zone)).toISOString().slice(0, 10);
}

/** `date` moved by whole days. */
export function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours! * 60 + minutes!;
}

/** The calendar's working intervals of these days (wall-clock times of `zone`) as instants. */
export function workingPeriodsOf(days: readonly CalendarDay[], zone: string): WorkingPeriod[] {
  return days.flatMap((day) =>
    day.intervals.map((interval) => ({
      start: instantOf(day.date, minutesOf(interval.start), zone),
      end: instantOf(day.date, minutesOf(interval.end), zone),
    })),
  );
}

/** How much working time lies between two instants, in milliseconds. */
export function workingTimeBetween(from: number, to: number, periods: readonly WorkingPeriod[]): number {
  let total = 0;
  for (const { start, end } of periods) total += Math.max(0, Math.min(end, to) - Math.max(start, from));
  return total;
}
