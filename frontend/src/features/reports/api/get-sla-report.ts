import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError, useApiClient, type ApiClient } from '@/lib/api';
import { reportKeys } from './report-keys';
import type { SlaReport, SlaReportQuery } from './types';

export function reportQueryParams({ from, to, groupBy, level }: SlaReportQuery) {
  return { from, to, groupBy, ...(level ? { level } : {}) };
}

export async function getSlaReport(client: ApiClient, query: SlaReportQuery, signal?: AbortSignal): Promise<SlaReport> {
  const { data, error, response } = await client.GET('/api/v1/reports/sla', {
    params: { query: reportQueryParams(query) },
    headers: { Accept: 'application/json' },
    ...(signal ? { signal } : {}),
  });
  // The operation also has a text/csv representation: only the JSON object is a report.
  if (!data || typeof data !== 'object') throw new ApiError(response.status, error);
  return data;
}

export function getSlaReportQueryOptions(client: ApiClient, query: SlaReportQuery) {
  return queryOptions({
    queryKey: reportKeys.sla(query),
    queryFn: ({ signal }) => getSlaReport(client, query, signal),
    // Other filters keep the last picture on screen until theirs arrives.
    placeholderData: keepPreviousData,
  });
}

/** One SLA report; nothing is asked while `query` is undefined (an invalid period). */
export function useSlaReport(query: SlaReportQuery | undefined) {
  const client = useApiClient();
  return useQuery({
    ...getSlaReportQueryOptions(client, query ?? { from: '', to: '', groupBy: 'week' }),
    enabled: query !== undefined,
  });
}
