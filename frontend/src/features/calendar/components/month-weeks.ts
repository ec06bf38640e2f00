// Calendar dates are zone-less `YYYY-MM-DD`; arithmetic in UTC keeps the browser's zone out.

/** `YYYY-MM-DD` of a day given by year, month (1–12) and day of the month. */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Noon UTC of the day: the same calendar day in every time zone Intl may format it in. */
export function dateOf(iso: string): Date {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day, 12));
}

export type MonthWeeks = {
  month: number;
  /** Rows of seven, Monday first; `null` pads the days of the neighbouring months. */
  weeks: (string | null)[][];
};

export function monthWeeks(year: number, month: number): MonthWeeks {
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  // getUTCDay: Sunday 0 … Saturday 6; shifted so that Monday is 0.
  const leading = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7;
  const cells: (string | null)[] = [
    ...Array<null>(leading).fill(null),
    ...Array.from({ length: daysInMonth }, (_, index) => isoDate(year, month, index + 1)),
  ];
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let start = 0; start < cells.length; start += 7) weeks.push(cells.slice(start, start + 7));
  return { month, weeks };
}

export function yearMonths(year: number): MonthWeeks[] {
  return Array.from({ length: 12 }, (_, index) => monthWeeks(year, index + 1));
}
