import { dateIn, shiftDate } from '@/features/wallboard/components/working-time';

// Support works by Moscow time: "today", weeks and months are Moscow days, as the server counts them.
export const SUPPORT_ZONE = 'Europe/Moscow';

export const periodPresets = ['thisWeek', 'lastWeek', 'thisMonth', 'lastMonth', 'last30Days', 'thisYear'] as const;
export type PeriodPreset = (typeof periodPresets)[number];

/** Both days inclusive, `YYYY-MM-DD`. */
export type Period = { from: string; to: string };

// The server refuses a period longer than this.
const MAX_YEARS = 3;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isDate(value: unknown): value is string {
  return typeof value === 'string' && DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

/** The date in the support zone at `now` (epoch milliseconds). */
export function todayIn(now: number, zone: string = SUPPORT_ZONE): string {
  return dateIn(now, zone);
}

/** Monday of the week `date` is in: weeks start on Monday, as the report's week keys do. */
export function mondayOf(date: string): string {
  const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
  return shiftDate(date, -weekday);
}

function monthStart(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

function previousMonthStart(date: string): string {
  return monthStart(shiftDate(monthStart(date), -1));
}

/** The days a preset covers on `today`; the current week, month and year run up to today. */
export function periodOf(preset: PeriodPreset, today: string): Period {
  switch (preset) {
    case 'thisWeek':
      return { from: mondayOf(today), to: today };
    case 'lastWeek': {
      const monday = shiftDate(mondayOf(today), -7);
      return { from: monday, to: shiftDate(monday, 6) };
    }
    case 'thisMonth':
      return { from: monthStart(today), to: today };
    case 'lastMonth':
      return { from: previousMonthStart(today), to: shiftDate(monthStart(today), -1) };
    case 'last30Days':
      return { from: shiftDate(today, -29), to: today };
    case 'thisYear':
      return { from: `${today.slice(0, 4)}-01-01`, to: today };
  }
}

export type PeriodProblem = 'invalidDate' | 'fromAfterTo' | 'tooLong';

/** Why the server would refuse these days, or nothing. */
export function periodProblemOf({ from, to }: Period): PeriodProblem | undefined {
  if (!isDate(from) || !isDate(to)) return 'invalidDate';
  if (from > to) return 'fromAfterTo';
  const limit = `${String(Number(from.slice(0, 4)) + MAX_YEARS).padStart(4, '0')}${from.slice(4)}`;
  if (to > limit) return 'tooLong';
  return undefined;
}

/** The Monday of every week the period touches, in order: the trend's axis, weeks without tickets too. */
export function weeksOf({ from, to }: Period): string[] {
  const weeks: string[] = [];
  for (let monday = mondayOf(from); monday <= to; monday = shiftDate(monday, 7)) weeks.push(monday);
  return weeks;
}
