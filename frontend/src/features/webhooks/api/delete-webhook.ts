import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, useApiClient, type ApiClient } from '@/lib/api';
import { webhookKeys } from './webhook-keys';

export async function deleteWebhook(client: ApiClient, webhookId: string): Promise<void> {
  const { error, response } = await client.DELETE('/api/v1/webhooks/{webhookId}', { params: { path: { webhookId } } });
  if (!response.ok) throw new ApiError(response.status, error);
}

/** Unsubscribes; the server drops the pending deliveries, and so does the cache. */
export function useDeleteWebhook() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<void, ApiError | Error, string>({
    mutationFn: (webhookId) => deleteWebhook(client, webhookId),
    onSuccess: (_nothing, webhookId) => {
      queryClient.removeQueries({ queryKey: webhookKeys.deliveries(webhookId) });
      return queryClient.invalidateQueries({ queryKey: webhookKeys.lists() });
    },
  });
}
