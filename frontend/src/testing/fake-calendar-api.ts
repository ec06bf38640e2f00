import type { CalendarDay, DayException, DayExceptionWrite, WorkingInterval } from '@/features/calendar/api/types';
import { fakeApi, type RecordedRequest } from './fake-api';

const WORKING_HOURS: WorkingInterval[] = [{ start: '09:00', end: '18:00' }];
const SHORTENED_HOURS: WorkingInterval[] = [{ start: '09:00', end: '17:00' }];

function minutesOf(intervals: WorkingInterval[]): number {
  const minute = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
  return intervals.reduce((sum, { start, end }) => sum + minute(end) - minute(start), 0);
}

// Monday–Friday 9:00–18:00, like the default calendar; exceptions override the weekday rule.
function dayOf(date: string, exception: DayException | undefined): CalendarDay {
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
  const weekend = weekday === 0 || weekday === 6;
  const note = exception?.note ? { note: exception.note } : {};
  if (exception?.kind === 'HOLIDAY') return { date, type: 'HOLIDAY', intervals: [], workingMinutes: 0, ...note };
  if (exception) {
    const usual = exception.kind === 'SHORTENED' ? SHORTENED_HOURS : WORKING_HOURS;
    const intervals = exception.hours.length > 0 ? exception.hours : usual;
    return { date, type: exception.kind, intervals, workingMinutes: minutesOf(intervals), ...note };
  }
  return weekend
    ? { date, type: 'WEEKEND', intervals: [], workingMinutes: 0 }
    : { date, type: 'WORKDAY', intervals: WORKING_HOURS, workingMinutes: minutesOf(WORKING_HOURS) };
}

function datesBetween(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let day = new Date(`${from}T12:00:00Z`); day <= new Date(`${to}T12:00:00Z`); day.setUTCDate(day.getUTCDate() + 1)) {
    dates.push(day.toISOString().slice(0, 10));
  }
  return dates;
}

type Reply = { status: number; body?: unknown };

type FakeCalendarOptions = {
  exceptions?: DayException[];
  /** How the server answers an import; by default it accepts and counts nothing. */
  onImport?: (xml: string, request: RecordedRequest) => Reply;
  /** A reply to a PUT of an exception instead of storing it (a refusal, say). */
  onPut?: (request: RecordedRequest) => Reply | undefined;
};

/** The calendar endpoints of the default calendar, backed by a map of exceptions. */
export function fakeCalendarApi({ exceptions = [], onImport, onPut }: FakeCalendarOptions = {}) {
  const stored = new Map(exceptions.map((exception) => [exception.date, exception]));
  const api = fakeApi((request) => {
    const { method, path, search, body } = request;
    const exceptionPath = /^\/api\/v1\/calendars\/default\/exceptions\/(\d{4}-\d{2}-\d{2})$/.exec(path);
    if (method === 'GET' && path === '/api/v1/calendars/default/days') {
      const items = datesBetween(search.get('from') ?? '', search.get('to') ?? '').map((date) =>
        dayOf(date, stored.get(date)),
      );
      return { status: 200, body: { items } };
    }
    if (method === 'GET' && path === '/api/v1/calendars/default/exceptions') {
      const year = search.get('year') ?? '';
      const items = [...stored.values()].filter((e) => e.date.startsWith(`${year}-`)).sort((a, b) => a.date.localeCompare(b.date));
      return { status: 200, body: { items } };
    }
    if (method === 'PUT' && exceptionPath) {
      const refusal = onPut?.(request);
      if (refusal) return refusal;
      const date = exceptionPath[1]!;
      const write = body as DayExceptionWrite;
      const exception: DayException = { date, kind: write.kind, hours: write.hours ?? [], ...(write.note ? { note: write.note } : {}) };
      stored.set(date, exception);
      return { status: 200, body: exception };
    }
    if (method === 'DELETE' && exceptionPath) {
      return stored.delete(exceptionPath[1]!) ? { status: 204 } : notFound(path);
    }
    if (method === 'POST' && path === '/api/v1/calendars/default/import') {
      const year = Number(search.get('year'));
      return onImport?.(String(body), request) ?? {
        status: 200,
        body: { calendarId: 'default', year, holidays: 0, shortened: 0, workingDays: 0 },
      };
    }
    if (method === 'GET' && path === '/api/v1/calendars/default/export') {
      const year = search.get('year') ?? '';
      return { status: 200, contentType: 'application/xml', body: `<calendar year="${year}" lang="ru"/>` };
    }
    return notFound(path);
  });
  return { ...api, stored };
}

function notFound(path: string) {
  return {
    status: 404,
    body: { type: 'https://emergency-desk.pass24.online/problems/not-found', title: 'Not found', status: 404, detail: path },
  };
}
