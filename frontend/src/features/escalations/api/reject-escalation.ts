import type { ApiClient } from '@/lib/api';
import { useEscalationMutation, type EscalationChangeInput } from './escalation-mutation';
import type { EscalationReject, VersionedEscalation } from './types';
import { versionedEscalation } from './versioned-escalation';

export async function rejectEscalation(
  client: ApiClient,
  escalationId: string,
  { etag, body }: EscalationChangeInput<EscalationReject>,
): Promise<VersionedEscalation> {
  return versionedEscalation(
    await client.POST('/api/v1/escalations/{escalationId}/reject', {
      params: { path: { escalationId }, header: { 'If-Match': etag } },
      body,
    }),
  );
}

/** Not a product defect: the reason is shown to support on the ticket. */
export function useRejectEscalation(escalationId: string) {
  return useEscalationMutation(escalationId, rejectEscalation);
}
