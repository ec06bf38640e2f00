import type { ApiClient } from '@/lib/api';
import { useEscalationMutation, type EscalationChangeInput } from './escalation-mutation';
import type { ExternalReference, VersionedEscalation } from './types';
import { versionedEscalation } from './versioned-escalation';

export async function setExternalReference(
  client: ApiClient,
  escalationId: string,
  { etag, body }: EscalationChangeInput<ExternalReference>,
): Promise<VersionedEscalation> {
  return versionedEscalation(
    await client.PUT('/api/v1/escalations/{escalationId}/external-reference', {
      params: { path: { escalationId }, header: { 'If-Match': etag } },
      body,
    }),
  );
}

/** Links the task in the development tracker, replacing the previous link. */
export function useSetExternalReference(escalationId: string) {
  return useEscalationMutation(escalationId, setExternalReference);
}
