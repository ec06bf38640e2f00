import type { ApiClient } from '@/lib/api';
import { useEscalationMutation, type EscalationChangeInput } from './escalation-mutation';
import type { EscalationFix, VersionedEscalation } from './types';
import { versionedEscalation } from './versioned-escalation';

export async function fixEscalation(
  client: ApiClient,
  escalationId: string,
  { etag, body }: EscalationChangeInput<EscalationFix>,
): Promise<VersionedEscalation> {
  return versionedEscalation(
    await client.POST('/api/v1/escalations/{escalationId}/fix', {
      params: { path: { escalationId }, header: { 'If-Match': etag } },
      body,
    }),
  );
}

/** The defect is fixed, with what was done and the version that carries it. */
export function useFixEscalation(escalationId: string) {
  return useEscalationMutation(escalationId, fixEscalation);
}
