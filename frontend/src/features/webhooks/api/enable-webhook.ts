import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, useApiClient, type ApiClient } from '@/lib/api';
import type { Webhook } from './types';
import { webhookKeys } from './webhook-keys';

export async function enableWebhook(client: ApiClient, webhookId: string): Promise<Webhook> {
  const { data, error, response } = await client.POST('/api/v1/webhooks/{webhookId}/enable', {
    params: { path: { webhookId } },
  });
  if (!data) throw new ApiError(response.status, error);
  return data;
}

/** Enables a subscription again after the server disabled it for failing deliveries. */
export function useEnableWebhook() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<Webhook, ApiError | Error, string>({
    mutationFn: (webhookId) => enableWebhook(client, webhookId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhookKeys.lists() }),
  });
}
