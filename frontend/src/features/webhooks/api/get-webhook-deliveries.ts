import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { ApiError, useApiClient, type ApiClient } from '@/lib/api';
import type { WebhookDeliveryPage } from './types';
import { webhookKeys } from './webhook-keys';

const PAGE_SIZE = 20;
// Pending deliveries are retried by the server; the log follows them while it is open.
const REFRESH_MS = 30_000;

export async function getWebhookDeliveries(
  client: ApiClient,
  webhookId: string,
  cursor: string | undefined,
  signal?: AbortSignal,
): Promise<WebhookDeliveryPage> {
  const { data, error, response } = await client.GET('/api/v1/webhooks/{webhookId}/deliveries', {
    params: { path: { webhookId }, query: { limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) } },
    ...(signal ? { signal } : {}),
  });
  if (!data) throw new ApiError(response.status, error);
  return data;
}

export function getWebhookDeliveriesQueryOptions(client: ApiClient, webhookId: string) {
  return infiniteQueryOptions({
    queryKey: webhookKeys.deliveries(webhookId),
    queryFn: ({ pageParam, signal }) => getWebhookDeliveries(client, webhookId, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    refetchInterval: REFRESH_MS,
  });
}

/** A subscription's delivery log, newest first, each delivery with its attempts. */
export function useWebhookDeliveries(webhookId: string) {
  const client = useApiClient();
  return useInfiniteQuery(getWebhookDeliveriesQueryOptions(client, webhookId));
}
