import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError, useApiClient, type ApiClient } from '@/lib/api';
import { communicationKeys } from './communication-keys';
import type { MessageTemplateList } from './types';

export async function listTemplates(client: ApiClient, signal?: AbortSignal): Promise<MessageTemplateList> {
  const { data, error, response } = await client.GET('/api/v1/templates', { ...(signal ? { signal } : {}) });
  if (!data) throw new ApiError(response.status, error);
  return data;
}

export function listTemplatesQueryOptions(client: ApiClient) {
  return queryOptions({
    queryKey: communicationKeys.templates(),
    queryFn: ({ signal }) => listTemplates(client, signal),
  });
}

/** The current version of every message template. */
export function useTemplates() {
  const client = useApiClient();
  return useQuery(listTemplatesQueryOptions(client));
}
