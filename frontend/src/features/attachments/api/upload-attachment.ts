import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, useApiClient, type ApiClient } from '@/lib/api';
import { attachmentKeys } from './attachment-keys';
import { fetchWithUploadProgress, type UploadProgress } from './fetch-with-upload-progress';
import type { Attachment } from './types';

export type AttachmentUploadInput = {
  file: File;
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
};

export async function uploadAttachment(
  client: ApiClient,
  ticketId: string,
  { file, onProgress, signal }: AttachmentUploadInput,
): Promise<Attachment> {
  const form = new FormData();
  form.append('file', file, file.name);
  const { data, error, response } = await client.POST('/api/v1/tickets/{ticketId}/attachments', {
    params: { path: { ticketId } },
    // The contract types the binary part as a string; the File itself travels in the FormData.
    body: { file: file.name },
    bodySerializer: () => form,
    fetch: fetchWithUploadProgress(form, onProgress),
    ...(signal ? { signal } : {}),
  });
  if (!data) throw new ApiError(response.status, error);
  return data;
}

/**
 * Uploads one file; several may run at once. Each settles only after the ticket's list has
 * refetched, so a finished file never disappears between the upload list and the attachments.
 */
export function useUploadAttachment(ticketId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<Attachment, ApiError | Error, AttachmentUploadInput>({
    mutationFn: (input) => uploadAttachment(client, ticketId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: attachmentKeys.list(ticketId) }),
  });
}
