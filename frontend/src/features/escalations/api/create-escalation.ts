import { communicationKeys } from '@/features/communication/api/communication-keys';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ticketKeys } from '@/features/tickets/api/ticket-keys';
import { ApiError, useApiClient, type ApiClient } from '@/lib/api';
import { escalationKeys } from './escalation-keys';
import type { EscalationCreate, VersionedEscalation } from './types';
import { versionedEscalation } from './versioned-escalation';

/** The hand-over and the key that makes its retries safe: the same key never opens two. */
export type CreateEscalationInput = { idempotencyKey: string; body: EscalationCreate };

export async function createEscalation(
  client: ApiClient,
  ticketId: string,
  { idempotencyKey, body }: CreateEscalationInput,
): Promise<VersionedEscalation> {
  return versionedEscalation(
    await client.POST('/api/v1/tickets/{ticketId}/escalations', {
      params: { path: { ticketId }, header: { 'Idempotency-Key': idempotencyKey } },
      body,
    }),
  );
}

/**
 * Hands a product defect to development. The ticket refetches (its escalations and the notice
 * in its communications), and so does the development queue. A refusal because the ticket
 * already has an escalation (409) refetches the ticket to show it.
 */
export function useCreateEscalation(ticketId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<VersionedEscalation, ApiError | Error, CreateEscalationInput>({
    mutationFn: (input) => createEscalation(client, ticketId, input),
    onSuccess: async (created) => {
      queryClient.setQueryData(escalationKeys.detail(created.escalation.id), created);
      void queryClient.invalidateQueries({ queryKey: escalationKeys.queues() });
      // the client notice went into the conversation log in the same transaction
      void queryClient.invalidateQueries({ queryKey: communicationKeys.log(ticketId) });
      await queryClient.invalidateQueries({ queryKey: ticketKeys.detail(ticketId) });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) {
        void queryClient.invalidateQueries({ queryKey: ticketKeys.detail(ticketId) });
      }
    },
  });
}
