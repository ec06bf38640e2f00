import type { ApiClient } from '@/lib/api';
import { useEscalationMutation, type EscalationChangeInput } from './escalation-mutation';
import type { EscalationComment, VersionedEscalation } from './types';
import { versionedEscalation } from './versioned-escalation';

export async function acknowledgeEscalation(
  client: ApiClient,
  escalationId: string,
  { etag, body }: EscalationChangeInput<EscalationComment>,
): Promise<VersionedEscalation> {
  return versionedEscalation(
    await client.POST('/api/v1/escalations/{escalationId}/acknowledge', {
      params: { path: { escalationId }, header: { 'If-Match': etag } },
      body,
    }),
  );
}

/** Development takes note of the defect: the acknowledgement clock stops. */
export function useAcknowledgeEscalation(escalationId: string) {
  return useEscalationMutation(escalationId, acknowledgeEscalation);
}
