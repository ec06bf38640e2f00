import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, useApiClient, type ApiClient } from '@/lib/api';
import type { WebhookDelivery } from './types';
import { webhookKeys } from './webhook-keys';

export async function redeliverWebhook(client: ApiClient, webhookId: string, deliveryId: string): Promise<WebhookDelivery> {
  const { data, error, response } = await client.POST('/api/v1/webhooks/{webhookId}/deliveries/{deliveryId}/redeliver', {
    params: { path: { webhookId, deliveryId } },
  });
  if (!data) throw new ApiError(response.status, error);
  return data;
}

/** Queues a delivery again now, with the same `webhook-id`; the log refetches to show it. */
export function useRedeliverWebhook(webhookId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<WebhookDelivery, ApiError | Error, string>({
    mutationFn: (deliveryId) => redeliverWebhook(client, webhookId, deliveryId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhookKeys.deliveries(webhookId) }),
  });
}
