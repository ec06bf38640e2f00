import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, useApiClient, type ApiClient } from '@/lib/api';
import { slaPolicyKeys } from './sla-policy-keys';
import type { Level, SlaPolicyWrite, VersionedSlaPolicy } from './types';
import { versionedSlaPolicy } from './versioned-sla-policy';

export type PutSlaPolicy = { etag: string; policy: SlaPolicyWrite };

export async function putSlaPolicy(client: ApiClient, level: Level, { etag, policy }: PutSlaPolicy): Promise<VersionedSlaPolicy> {
  return versionedSlaPolicy(
    await client.PUT('/api/v1/sla-policies/{level}', {
      params: { path: { level }, header: { 'If-Match': etag } },
      body: policy,
    }),
  );
}

/** Publishes a new version of a level's policy; a stale ETag (412) refetches the current one. */
export function usePutSlaPolicy(level: Level) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation<VersionedSlaPolicy, ApiError | Error, PutSlaPolicy>({
    mutationFn: (change) => putSlaPolicy(client, level, change),
    onSuccess: (published) => queryClient.setQueryData(slaPolicyKeys.level(level), published),
    onError: (error) => {
      if (error instanceof ApiError && error.status === 412) {
        void queryClient.invalidateQueries({ queryKey: slaPolicyKeys.level(level) });
      }
    },
  });
}
