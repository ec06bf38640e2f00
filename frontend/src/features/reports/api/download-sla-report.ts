import { useMutation } from '@tanstack/react-query';
import { saveBlob } from '@/features/attachments/api/save-blob';
import { ApiError, useApiClient, type ApiClient } from '@/lib/api';
import type { Language } from '@/lib/i18n';
import { reportQueryParams } from './get-sla-report';
import type { CsvSeparator, SlaReportQuery } from './types';

/**
 * The report as the server writes it for `Accept: text/csv` (UTF-8 with a byte-order mark),
 * its column headers in the interface's language. Fetched by the API client, as a link cannot
 * carry the bearer token.
 */
export async function downloadSlaReportCsv(
  client: ApiClient,
  query: SlaReportQuery,
  separator: CsvSeparator,
  language: Language,
): Promise<Blob> {
  const { data, error, response } = await client.GET('/api/v1/reports/sla', {
    params: { query: { ...reportQueryParams(query), separator } },
    headers: { Accept: 'text/csv', 'Accept-Language': language },
    parseAs: 'blob',
  });
  if (!data) throw new ApiError(response.status, error);
  return data;
}

export function csvFileName({ from, to }: Pick<SlaReportQuery, 'from' | 'to'>): string {
  return `sla-report-${from}-${to}.csv`;
}

type CsvDownload = { query: SlaReportQuery; separator: CsvSeparator; language: Language };

/** Saves the report as `sla-report-<from>-<to>.csv`. */
export function useDownloadSlaReport() {
  const client = useApiClient();
  return useMutation<void, ApiError | Error, CsvDownload>({
    mutationFn: async ({ query, separator, language }) =>
      saveBlob(await downloadSlaReportCsv(client, query, separator, language), csvFileName(query)),
  });
}
