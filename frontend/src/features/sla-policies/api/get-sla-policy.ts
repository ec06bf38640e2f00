import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient, type ApiClient } from '@/lib/api';
import { slaPolicyKeys } from './sla-policy-keys';
import type { Level, VersionedSlaPolicy } from './types';
import { versionedSlaPolicy } from './versioned-sla-policy';

export async function getSlaPolicy(client: ApiClient, level: Level, signal?: AbortSignal): Promise<VersionedSlaPolicy> {
  return versionedSlaPolicy(
    await client.GET('/api/v1/sla-policies/{level}', { params: { path: { level } }, ...(signal ? { signal } : {}) }),
  );
}

export function getSlaPolicyQueryOptions(client: ApiClient, level: Level) {
  return queryOptions({
    queryKey: slaPolicyKeys.level(level),
    queryFn: ({ signal }) => getSlaPolicy(client, level, signal),
  });
}

/** The current version of a level's policy and its ETag. */
export function useSlaPolicy(level: Level) {
  const client = useApiClient();
  return useQuery(getSlaPolicyQueryOptions(client, level));
}
