import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, useApiClient, type ApiClient } from '@/lib/api';
import { invalidateCalendarDays } from './invalidate-calendar-year';
import type { DayException, DayExceptionWrite } from './types';

export type PutDayException = { date: string; exception: DayExceptionWrite };

export async function putCalendarException(
  client: ApiClient,
  calendarId: string,
  { date, exception }: PutDayException,
): Promise<DayException> {
  const { data, error, response } = await client.PUT('/api/v1/calendars/{calendarId}/exceptions/{date}', {
    params: { path: { calendarId, date } },
    body: exception,
  });
  if (!data) throw new ApiError(response.status, error);
  return data;
}

/** Makes one day a holiday, a shortened day or a worked weekend day; the grid refetches. */
export function usePutCalendarException(calendarId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<DayException, ApiError | Error, PutDayException>({
    mutationFn: (change) => putCalendarException(client, calendarId, change),
    onSuccess: () => invalidateCalendarDays(queryClient, calendarId),
  });
}
