import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, useApiClient, type ApiClient } from '@/lib/api';
import { communicationKeys } from './communication-keys';
import type { MessageTemplateWrite, TemplateKind, VersionedTemplate } from './types';
import { versionedTemplate } from './versioned-template';

export type PutTemplate = { etag: string; template: MessageTemplateWrite };

export async function putTemplate(client: ApiClient, kind: TemplateKind, { etag, template }: PutTemplate): Promise<VersionedTemplate> {
  return versionedTemplate(
    await client.PUT('/api/v1/templates/{kind}', {
      params: { path: { kind } },
      // The contract does not list `If-Match` for templates yet; its conventions ask for it.
      headers: { 'If-Match': etag },
      body: template,
    }),
  );
}

/** Publishes a new version of a template; a stale ETag (412) refetches the current one. */
export function usePutTemplate(kind: TemplateKind) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<VersionedTemplate, ApiError | Error, PutTemplate>({
    mutationFn: (change) => putTemplate(client, kind, change),
    onSuccess: (published) => {
      queryClient.setQueryData(communicationKeys.template(kind), published);
      void queryClient.invalidateQueries({ queryKey: communicationKeys.templates(), exact: true });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 412) {
        void queryClient.invalidateQueries({ queryKey: communicationKeys.template(kind) });
      }
    },
  });
}
