import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError, useApiClient, type ApiClient } from '@/lib/api';
import type { CalendarDay } from './types';
import { wallboardKeys } from './wallboard-keys';

export async function getCalendarDays(client: ApiClient, from: string, to: string, signal?: AbortSignal): Promise<CalendarDay[]> {
  const { data, error, response } = await client.GET('/api/v1/calendars/{calendarId}/days', {
    params: { path: { calendarId: 'default' }, query: { from, to } },
    ...(signal ? { signal } : {}),
  });
  if (!data) throw new ApiError(response.status, error);
  return data.items;
}

export function getCalendarDaysQueryOptions(client: ApiClient, from: string, to: string) {
  return queryOptions({
    queryKey: wallboardKeys.calendarDays(from, to),
    queryFn: ({ signal }) => getCalendarDays(client, from, to, signal),
    staleTime: Infinity,
  });
}

/** The working intervals of the default calendar from `from` to `to`; nothing asked without both. */
export function useCalendarDays(from: string | undefined, to: string | undefined) {
  const client = useApiClient();
  return useQuery({
    ...getCalendarDaysQueryOptions(client, from ?? '', to ?? ''),
    enabled: Boolean(from && to),
  });
}
