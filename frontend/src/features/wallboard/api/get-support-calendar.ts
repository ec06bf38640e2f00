import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError, useApiClient, type ApiClient } from '@/lib/api';
import type { Calendar } from './types';
import { wallboardKeys } from './wallboard-keys';

export async function getSupportCalendar(client: ApiClient, signal?: AbortSignal): Promise<Calendar> {
  const { data, error, response } = await client.GET('/api/v1/calendars/{calendarId}', {
    params: { path: { calendarId: 'default' } },
    ...(signal ? { signal } : {}),
  });
  if (!data) throw new ApiError(response.status, error);
  return data;
}

export function getSupportCalendarQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: wallboardKeys.calendar(),
    queryFn: ({ signal }) => getSupportCalendar(client, signal),
    staleTime: Infinity,
  });
}

/** The default business calendar: its zone says what "today" is for the working hours. */
export function useSupportCalendar() {
  const client = useApiClient();
  return useQuery(getSupportCalendarQueryOptions(client));
}
