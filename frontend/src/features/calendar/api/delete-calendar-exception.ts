import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, useApiClient, type ApiClient } from '@/lib/api';
import { invalidateCalendarDays } from './invalidate-calendar-year';

export async function deleteCalendarException(client: ApiClient, calendarId: string, date: string): Promise<void> {
  const { error, response } = await client.DELETE('/api/v1/calendars/{calendarId}/exceptions/{date}', {
    params: { path: { calendarId, date } },
  });
  // Already gone is what was asked for.
  if (!response.ok && response.status !== 404) throw new ApiError(response.status, error);
}

/** Lets one day follow the weekly hours again; the grid refetches. */
export function useDeleteCalendarException(calendarId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<void, ApiError | Error, string>({
    mutationFn: (date) => deleteCalendarException(client, calendarId, date),
    onSuccess: () => invalidateCalendarDays(queryClient, calendarId),
  });
}
