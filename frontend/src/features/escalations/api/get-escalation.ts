import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api';
import { escalationKeys } from './escalation-keys';
import type { VersionedEscalation } from './types';
import { versionedEscalation } from './versioned-escalation';

export async function getEscalation(client: ApiClient, escalationId: string, signal?: AbortSignal): Promise<VersionedEscalation> {
  return versionedEscalation(
    await client.GET('/api/v1/escalations/{escalationId}', {
      params: { path: { escalationId } },
      ...(signal ? { signal } : {}),
    }),
  );
}

export function getEscalationQueryOptions(client: ApiClient, escalationId: string) {
  return queryOptions({
    queryKey: escalationKeys.detail(escalationId),
    queryFn: ({ signal }) => getEscalation(client, escalationId, signal),
    // No polling: `escalation.*` live events mark it stale (app/live-events); the clock ticks locally.
  });
}

/** One escalation with its diagnostics and acknowledgement clock, and the ETag to change it. */
export function useEscalation(escalationId: string) {
  const client = useApiClient();
  return useQuery(getEscalationQueryOptions(client, escalationId));
}
