import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, useApiClient, type ApiClient } from '@/lib/api';
import { invalidateCalendarDays } from './invalidate-calendar-year';
import type { CalendarImportResult } from './types';

export type ImportCalendarYear = { year: number; xml: string };

export async function importCalendarYear(
  client: ApiClient,
  calendarId: string,
  { year, xml }: ImportCalendarYear,
): Promise<CalendarImportResult> {
  const { data, error, response } = await client.POST('/api/v1/calendars/{calendarId}/import', {
    params: { path: { calendarId }, query: { year } },
    headers: { 'Content-Type': 'application/xml' },
    body: xml,
    // The file goes as it is: the default serializer would wrap it in JSON quotes.
    bodySerializer: (body) => body,
  });
  if (!data) throw new ApiError(response.status, error);
  return data;
}

/** Replaces a year's exceptions with those of an xmlcalendar file; the grid refetches. */
export function useImportCalendarYear(calendarId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<CalendarImportResult, ApiError | Error, ImportCalendarYear>({
    mutationFn: (upload) => importCalendarYear(client, calendarId, upload),
    onSuccess: () => invalidateCalendarDays(queryClient, calendarId),
  });
}
