import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, useApiClient, type ApiClient } from '@/lib/api';
import { ticketKeys } from './ticket-keys';
import type { VersionedTicket } from './types';

/** What every workflow action sends: its body and the `ETag` of the ticket on screen. */
export type TicketActionInput<Body> = { etag: string | undefined; body: Body };

type SendAction<Body> = (client: ApiClient, ticketId: string, input: TicketActionInput<Body>) => Promise<VersionedTicket>;

/**
 * A workflow action on one ticket. The response is the changed ticket: it replaces the cached
 * one, and the history and the queue refetch. A stale version (412) or a refused transition
 * (409) refetches the ticket so the page shows what is true now.
 */
export function useTicketMutation<Body>(ticketId: string, send: SendAction<Body>) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<VersionedTicket, ApiError | Error, TicketActionInput<Body>>({
    mutationFn: (input) => send(client, ticketId, input),
    onSuccess: (changed) => {
      queryClient.setQueryData(ticketKeys.detail(ticketId), changed);
      void queryClient.invalidateQueries({ queryKey: ticketKeys.events(ticketId) });
      void queryClient.invalidateQueries({ queryKey: ticketKeys.queues() });
    },
    onError: (error) => {
      if (error instanceof ApiError && (error.status === 412 || error.status === 409)) {
        void queryClient.invalidateQueries({ queryKey: ticketKeys.detail(ticketId) });
      }
    },
  });
}
