// Every calendar query key starts with `all`; `days` and `exceptions` of a calendar can be
// invalidated for every year at once by their prefixes.
export const calendarKeys = {
  all: ['calendars'] as const,
  calendar: (calendarId: string) => [...calendarKeys.all, calendarId] as const,
  days: (calendarId: string) => [...calendarKeys.calendar(calendarId), 'days'] as const,
  daysOfYear: (calendarId: string, year: number) => [...calendarKeys.days(calendarId), year] as const,
  exceptions: (calendarId: string) => [...calendarKeys.calendar(calendarId), 'exceptions'] as const,
  exceptionsOfYear: (calendarId: string, year: number) =>
    [...calendarKeys.exceptions(calendarId), year] as const,
};
