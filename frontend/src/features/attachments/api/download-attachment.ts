import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, useApiClient, type ApiClient } from '@/lib/api';
import { attachmentKeys } from './attachment-keys';
import { saveBlob } from './save-blob';
import type { Attachment } from './types';

// A plain <a href> or <img src> cannot carry the bearer token: the file is fetched by the API
// client and shown or saved through an object URL.
export async function downloadAttachment(
  client: ApiClient,
  ticketId: string,
  attachmentId: string,
  signal?: AbortSignal,
): Promise<Blob> {
  const { data, error, response } = await client.GET('/api/v1/tickets/{ticketId}/attachments/{attachmentId}', {
    params: { path: { ticketId, attachmentId } },
    parseAs: 'blob',
    ...(signal ? { signal } : {}),
  });
  if (!data) throw new ApiError(response.status, error);
  return data;
}

export function attachmentContentQueryOptions(client: ApiClient, ticketId: string, attachmentId: string) {
  return queryOptions({
    queryKey: attachmentKeys.content(ticketId, attachmentId),
    queryFn: ({ signal }) => downloadAttachment(client, ticketId, attachmentId, signal),
    // An attachment never changes once stored.
    staleTime: Infinity,
  });
}

/** The content of one attachment, for a thumbnail. */
export function useAttachmentContent(ticketId: string, attachmentId: string, enabled = true) {
  const client = useApiClient();
  return useQuery({ ...attachmentContentQueryOptions(client, ticketId, attachmentId), enabled });
}

/** Downloads an attachment under its own name; an image already fetched for its thumbnail is reused. */
export function useSaveAttachment(ticketId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<void, ApiError | Error, Attachment>({
    mutationFn: async ({ id, fileName }) => {
      const cached = queryClient.getQueryData(attachmentContentQueryOptions(client, ticketId, id).queryKey);
      saveBlob(cached ?? (await downloadAttachment(client, ticketId, id)), fileName);
    },
  });
}
