import type { ApiClient } from '@/lib/api';
import { useEscalationMutation, type EscalationChangeInput } from './escalation-mutation';
import type { EscalationComment, VersionedEscalation } from './types';
import { versionedEscalation } from './versioned-escalation';

export async function startEscalation(
  client: ApiClient,
  escalationId: string,
  { etag, body }: EscalationChangeInput<EscalationComment>,
): Promise<VersionedEscalation> {
  return versionedEscalation(
    await client.POST('/api/v1/escalations/{escalationId}/start', {
      params: { path: { escalationId }, header: { 'If-Match': etag } },
      body,
    }),
  );
}

/** Work on the fix has started (from OPEN it also acknowledges). */
export function useStartEscalation(escalationId: string) {
  return useEscalationMutation(escalationId, startEscalation);
}
