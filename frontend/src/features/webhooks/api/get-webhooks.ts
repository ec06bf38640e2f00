import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { ApiError, useApiClient, type ApiClient } from '@/lib/api';
import type { WebhookPage } from './types';
import { webhookKeys } from './webhook-keys';

const PAGE_SIZE = 25;

export async function getWebhooks(client: ApiClient, cursor: string | undefined, signal?: AbortSignal): Promise<WebhookPage> {
  const { data, error, response } = await client.GET('/api/v1/webhooks', {
    params: { query: { limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) } },
    ...(signal ? { signal } : {}),
  });
  if (!data) throw new ApiError(response.status, error);
  return data;
}

export function getWebhooksQueryOptions(client: ApiClient) {
  return infiniteQueryOptions({
    queryKey: webhookKeys.lists(),
    queryFn: ({ pageParam, signal }) => getWebhooks(client, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });
}

/** The subscriptions, newest first, page by page. */
export function useWebhooks() {
  const client = useApiClient();
  return useInfiniteQuery(getWebhooksQueryOptions(client));
}
