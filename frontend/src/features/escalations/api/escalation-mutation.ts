import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ticketKeys } from '@/features/tickets/api/ticket-keys';
import { ApiError, useApiClient, type ApiClient } from '@/lib/api';
import { escalationKeys } from './escalation-keys';
import type { VersionedEscalation } from './types';

/** What every change of an escalation sends: its body and the `ETag` of the one on screen. */
export type EscalationChangeInput<Body> = { etag: string; body: Body };

type SendChange<Body> = (client: ApiClient, escalationId: string, input: EscalationChangeInput<Body>) => Promise<VersionedEscalation>;

/**
 * A change of one escalation. The response replaces the cached escalation; the queue and the
 * ticket (whose summary shows the escalation) refetch. A stale version (412) or a refused
 * transition (409) refetches the escalation so the page shows what is true now.
 */
export function useEscalationMutation<Body>(escalationId: string, send: SendChange<Body>) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<VersionedEscalation, ApiError | Error, EscalationChangeInput<Body>>({
    mutationFn: (input) => send(client, escalationId, input),
    onSuccess: (changed) => {
      queryClient.setQueryData(escalationKeys.detail(escalationId), changed);
      void queryClient.invalidateQueries({ queryKey: escalationKeys.queues() });
      void queryClient.invalidateQueries({ queryKey: ticketKeys.detail(changed.escalation.ticketId) });
    },
    onError: (error) => {
      if (error instanceof ApiError && (error.status === 412 || error.status === 409)) {
        void queryClient.invalidateQueries({ queryKey: escalationKeys.detail(escalationId) });
      }
    },
  });
}
