import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api';
import { communicationKeys } from './communication-keys';
import type { TemplateKind, VersionedTemplate } from './types';
import { versionedTemplate } from './versioned-template';

export async function getTemplate(client: ApiClient, kind: TemplateKind, signal?: AbortSignal): Promise<VersionedTemplate> {
  return versionedTemplate(
    await client.GET('/api/v1/templates/{kind}', { params: { path: { kind } }, ...(signal ? { signal } : {}) }),
  );
}

export function getTemplateQueryOptions(client: ApiClient, kind: TemplateKind) {
  return queryOptions({
    queryKey: communicationKeys.template(kind),
    queryFn: ({ signal }) => getTemplate(client, kind, signal),
  });
}

/** The current version of one template and its ETag. */
export function useTemplate(kind: TemplateKind) {
  const client = useApiClient();
  return useQuery(getTemplateQueryOptions(client, kind));
}
