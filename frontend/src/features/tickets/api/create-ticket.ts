import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, useApiClient, type ApiClient } from '@/lib/api';
import { ticketKeys } from './ticket-keys';
import type { Ticket, TicketCreate } from './types';

export async function createTicket(client: ApiClient, ticket: TicketCreate): Promise<Ticket> {
  const { data, error, response } = await client.POST('/api/v1/tickets', { body: ticket });
  if (!data) throw new ApiError(response.status, error);
  return data;
}

type UseCreateTicketOptions = {
  onCreated?: (ticket: Ticket) => void;
};

/** Opens a ticket; the queue is refetched before `onCreated` runs, so it already shows it. */
export function useCreateTicket({ onCreated }: UseCreateTicketOptions = {}) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<Ticket, ApiError | Error, TicketCreate>({
    mutationFn: (ticket) => createTicket(client, ticket),
    onSuccess: async (ticket) => {
      // 'all' also refetches the queue while it is not on screen, so it is fresh on arrival.
      await queryClient.invalidateQueries({ queryKey: ticketKeys.all, refetchType: 'all' });
      onCreated?.(ticket);
    },
  });
}
