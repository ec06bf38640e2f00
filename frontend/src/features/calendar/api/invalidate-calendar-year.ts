import type { QueryClient } from '@tanstack/react-query';
import { calendarKeys } from './calendar-keys';

/** After a change of exceptions: the day grid and the stored exceptions are both stale. */
export async function invalidateCalendarDays(queryClient: QueryClient, calendarId: string) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: calendarKeys.days(calendarId) }),
    queryClient.invalidateQueries({ queryKey: calendarKeys.exceptions(calendarId) }),
  ]);
}
