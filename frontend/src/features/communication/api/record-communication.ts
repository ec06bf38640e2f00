import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ticketKeys } from '@/features/tickets/api/ticket-keys';
import { ApiError, isProblemOfType, useApiClient, type ApiClient } from '@/lib/api';
import { communicationKeys } from './communication-keys';
import { communicationProblemTypes, type Communication, type CommunicationWrite } from './types';

export async function recordCommunication(client: ApiClient, ticketId: string, body: CommunicationWrite): Promise<Communication> {
  const { data, error, response } = await client.POST('/api/v1/tickets/{ticketId}/communications', {
    params: { path: { ticketId } },
    body,
  });
  if (!data) throw new ApiError(response.status, error);
  return data;
}

/**
 * Logs a contact or sends a message. An outbound one stops or restarts the ticket's timers and
 * ticks its checklist, so the ticket, its history and the queue refetch with the log.
 */
export function useRecordCommunication(ticketId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<Communication, ApiError | Error, CommunicationWrite>({
    mutationFn: (body) => recordCommunication(client, ticketId, body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: communicationKeys.log(ticketId) });
      void queryClient.invalidateQueries({ queryKey: ticketKeys.detail(ticketId) });
      void queryClient.invalidateQueries({ queryKey: ticketKeys.events(ticketId) });
      void queryClient.invalidateQueries({ queryKey: ticketKeys.queues() });
    },
    onError: (error) => {
      if (!(error instanceof ApiError)) return;
      // The phrase list changed since the preview: check the text again.
      if (isProblemOfType(error.problem, communicationProblemTypes.forbiddenPhrase)) {
        void queryClient.invalidateQueries({ queryKey: communicationKeys.previews(ticketId) });
      }
      // The ticket moved on (closed, say): show what is true now.
      if (error.status === 409) void queryClient.invalidateQueries({ queryKey: ticketKeys.detail(ticketId) });
    },
  });
}
