// Every wallboard key starts with `all`; the calendar is keyed by the days it covers, so a new
// day asks for its working hours again.
export const wallboardKeys = {
  all: ['wallboard'] as const,
  summary: () => [...wallboardKeys.all, 'summary'] as const,
  calendar: () => [...wallboardKeys.all, 'calendar'] as const,
  calendarDays: (from: string, to: string) => [...wallboardKeys.all, 'calendar-days', from, to] as const,
};
