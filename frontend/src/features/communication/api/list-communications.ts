import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError, useApiClient, type ApiClient } from '@/lib/api';
import { communicationKeys } from './communication-keys';
import type { CommunicationList } from './types';

// An e-mail waits in the outbox until the mailer sends it; poll while one does.
const OUTBOX_POLL_MS = 15_000;

export async function listCommunications(client: ApiClient, ticketId: string, signal?: AbortSignal): Promise<CommunicationList> {
  const { data, error, response } = await client.GET('/api/v1/tickets/{ticketId}/communications', {
    params: { path: { ticketId } },
    ...(signal ? { signal } : {}),
  });
  // A body that is not the contract's list fails this panel, not the whole ticket page.
  if (!data || !Array.isArray(data.items)) throw new ApiError(response.status, error);
  return data;
}

export function listCommunicationsQueryOptions(client: ApiClient, ticketId: string) {
  return queryOptions({
    queryKey: communicationKeys.log(ticketId),
    queryFn: ({ signal }) => listCommunications(client, ticketId, signal),
    refetchInterval: (query) =>
      query.state.data?.items.some((communication) => communication.deliveryStatus === 'QUEUED') ? OUTBOX_POLL_MS : false,
  });
}

/** The ticket's conversation with the client, oldest first. */
export function useCommunications(ticketId: string) {
  const client = useApiClient();
  return useQuery(listCommunicationsQueryOptions(client, ticketId));
}
