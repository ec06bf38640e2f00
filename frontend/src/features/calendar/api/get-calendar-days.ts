import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError, useApiClient, type ApiClient } from '@/lib/api';
import { calendarKeys } from './calendar-keys';
import type { CalendarDayList } from './types';

export async function getCalendarDaysOfYear(
  client: ApiClient,
  calendarId: string,
  year: number,
  signal?: AbortSignal,
): Promise<CalendarDayList> {
  const { data, error, response } = await client.GET('/api/v1/calendars/{calendarId}/days', {
    params: { path: { calendarId }, query: { from: `${year}-01-01`, to: `${year}-12-31` } },
    ...(signal ? { signal } : {}),
  });
  if (!data) throw new ApiError(response.status, error);
  return data;
}

export function getCalendarDaysQueryOptions(client: ApiClient, calendarId: string, year: number) {
  return queryOptions({
    queryKey: calendarKeys.daysOfYear(calendarId, year),
    queryFn: ({ signal }) => getCalendarDaysOfYear(client, calendarId, year, signal),
  });
}

/** Every day of the year with its type and working hours, in one request. */
export function useCalendarDays(calendarId: string, year: number) {
  const client = useApiClient();
  return useQuery(getCalendarDaysQueryOptions(client, calendarId, year));
}
