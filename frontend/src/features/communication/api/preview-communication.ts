import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, useApiClient, type ApiClient } from '@/lib/api';
import { communicationKeys } from './communication-keys';
import type { CommunicationPreview, CommunicationPreviewRequest, TemplateKind } from './types';

export async function previewCommunication(
  client: ApiClient,
  ticketId: string,
  request: CommunicationPreviewRequest,
  signal?: AbortSignal,
): Promise<CommunicationPreview> {
  const { data, error, response } = await client.POST('/api/v1/tickets/{ticketId}/communications/preview', {
    params: { path: { ticketId } },
    body: request,
    ...(signal ? { signal } : {}),
  });
  if (!data) throw new ApiError(response.status, error);
  return data;
}

export function previewCommunicationQueryOptions(client: ApiClient, ticketId: string, request: CommunicationPreviewRequest) {
  return queryOptions({
    queryKey: communicationKeys.preview(ticketId, request),
    queryFn: ({ signal }) => previewCommunication(client, ticketId, request, signal),
    staleTime: 30_000,
  });
}

/**
 * The server's check of a draft: rendered text, forbidden phrases with their places, missing
 * values. Nothing is asked while there is no request; the last answer stays on screen while
 * the next one is on its way (`isPlaceholderData`).
 */
export function usePreviewCommunication(ticketId: string, request: CommunicationPreviewRequest | undefined) {
  const client = useApiClient();
  return useQuery({
    ...previewCommunicationQueryOptions(client, ticketId, request ?? {}),
    enabled: request !== undefined,
    placeholderData: keepPreviousData,
  });
}

/**
 * A template rendered from the ticket, to start a message from. The answer is also the check
 * of that very text, so the live preview needs not ask again.
 */
export function useRenderTemplate(ticketId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<CommunicationPreview, ApiError | Error, TemplateKind>({
    mutationFn: (templateKind) => previewCommunication(client, ticketId, { templateKind }),
    onSuccess: (rendered, templateKind) => {
      queryClient.setQueryData(communicationKeys.preview(ticketId, { templateKind, text: rendered.text }), rendered);
    },
  });
}
