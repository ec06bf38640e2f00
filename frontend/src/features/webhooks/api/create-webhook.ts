import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, useApiClient, type ApiClient } from '@/lib/api';
import type { WebhookCreate, WebhookCreated } from './types';
import { webhookKeys } from './webhook-keys';

/** The subscription and the key that makes its retries safe: the same key never subscribes twice. */
export type CreateWebhookInput = { idempotencyKey: string; body: WebhookCreate };

export async function createWebhook(client: ApiClient, { idempotencyKey, body }: CreateWebhookInput): Promise<WebhookCreated> {
  const { data, error, response } = await client.POST('/api/v1/webhooks', {
    params: { header: { 'Idempotency-Key': idempotencyKey } },
    body,
  });
  if (!data) throw new ApiError(response.status, error);
  return data;
}

/**
 * Subscribes a URL. The answer carries the signing secret, shown once: it stays with the
 * caller and out of the query cache, and the mutation forgets it as soon as nobody watches.
 */
export function useCreateWebhook() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<WebhookCreated, ApiError | Error, CreateWebhookInput>({
    mutationFn: (input) => createWebhook(client, input),
    gcTime: 0,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhookKeys.lists() }),
  });
}
