import { useMutation } from '@tanstack/react-query';
import { ApiError, useApiClient, type ApiClient } from '@/lib/api';

export async function exportCalendarYear(client: ApiClient, calendarId: string, year: number): Promise<Blob> {
  const { data, error, response } = await client.GET('/api/v1/calendars/{calendarId}/export', {
    params: { path: { calendarId }, query: { year } },
    headers: { Accept: 'application/xml' },
    parseAs: 'blob',
  });
  if (!data) throw new ApiError(response.status, error);
  return data;
}

// A plain link cannot carry the bearer token, so the file is fetched and handed over as a blob.
function saveAs(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Downloads a year of the calendar as an xmlcalendar file, `calendar-<year>.xml`. */
export function useExportCalendarYear(calendarId: string) {
  const client = useApiClient();
  return useMutation<void, ApiError | Error, number>({
    mutationFn: async (year) => saveAs(await exportCalendarYear(client, calendarId, year), `calendar-${year}.xml`),
  });
}
