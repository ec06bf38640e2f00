import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError, useApiClient, type ApiClient } from '@/lib/api';
import { attachmentKeys } from './attachment-keys';
import type { AttachmentList } from './types';

export async function listAttachments(client: ApiClient, ticketId: string, signal?: AbortSignal): Promise<AttachmentList> {
  const { data, error, response } = await client.GET('/api/v1/tickets/{ticketId}/attachments', {
    params: { path: { ticketId } },
    ...(signal ? { signal } : {}),
  });
  // A body that is no list (a proxy's page, a mock answering anything) is a failure, not a crash.
  if (!data || !Array.isArray(data.items)) throw new ApiError(response.status, error);
  return data;
}

export function listAttachmentsQueryOptions(client: ApiClient, ticketId: string) {
  return queryOptions({
    queryKey: attachmentKeys.list(ticketId),
    queryFn: ({ signal }) => listAttachments(client, ticketId, signal),
  });
}

/** The ticket's screenshots and logs, oldest first. */
export function useAttachments(ticketId: string) {
  const client = useApiClient();
  return useQuery(listAttachmentsQueryOptions(client, ticketId));
}
