import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError, useApiClient, type ApiClient } from '@/lib/api';
import { calendarKeys } from './calendar-keys';
import type { DayExceptionList } from './types';

export async function getCalendarExceptions(
  client: ApiClient,
  calendarId: string,
  year: number,
  signal?: AbortSignal,
): Promise<DayExceptionList> {
  const { data, error, response } = await client.GET('/api/v1/calendars/{calendarId}/exceptions', {
    params: { path: { calendarId }, query: { year } },
    ...(signal ? { signal } : {}),
  });
  if (!data) throw new ApiError(response.status, error);
  return data;
}

export function getCalendarExceptionsQueryOptions(client: ApiClient, calendarId: string, year: number) {
  return queryOptions({
    queryKey: calendarKeys.exceptionsOfYear(calendarId, year),
    queryFn: ({ signal }) => getCalendarExceptions(client, calendarId, year, signal),
  });
}

/** The year's dated exceptions as stored: the explicit hours the day grid cannot tell apart. */
export function useCalendarExceptions(calendarId: string, year: number) {
  const client = useApiClient();
  return useQuery(getCalendarExceptionsQueryOptions(client, calendarId, year));
}
