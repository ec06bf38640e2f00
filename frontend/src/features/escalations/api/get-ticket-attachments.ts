import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError, useApiClient, type ApiClient } from '@/lib/api';
import { escalationKeys } from './escalation-keys';
import type { AttachmentList } from './types';

export async function getTicketAttachments(client: ApiClient, ticketId: string, signal?: AbortSignal): Promise<AttachmentList> {
  const { data, error, response } = await client.GET('/api/v1/tickets/{ticketId}/attachments', {
    params: { path: { ticketId } },
    ...(signal ? { signal } : {}),
  });
  if (!data) throw new ApiError(response.status, error);
  return data;
}

export function getTicketAttachmentsQueryOptions(client: ApiClient, ticketId: string) {
  return queryOptions({
    queryKey: escalationKeys.ticketAttachments(ticketId),
    queryFn: ({ signal }) => getTicketAttachments(client, ticketId, signal),
  });
}

/** The ticket's screenshots and logs, to choose which ones development gets. */
export function useTicketAttachments(ticketId: string, enabled = true) {
  const client = useApiClient();
  return useQuery({ ...getTicketAttachmentsQueryOptions(client, ticketId), enabled });
}
