import type { ApiClient } from '@/lib/api';
import { useTicketMutation, type TicketActionInput } from './ticket-mutation';
import type { DiagnosisAction, VersionedTicket } from './types';
import { ifMatch, versionedTicket } from './versioned-ticket';

export async function recordDiagnosis(
  client: ApiClient,
  ticketId: string,
  { etag, body }: TicketActionInput<DiagnosisAction>,
): Promise<VersionedTicket> {
  return versionedTicket(
    await client.POST('/api/v1/tickets/{ticketId}/diagnosis', {
      params: { path: { ticketId }, header: ifMatch(etag) },
      body,
    }),
  );
}

/** Records the problem type and cause (step 3). */
export function useRecordDiagnosis(ticketId: string) {
  return useTicketMutation(ticketId, recordDiagnosis);
}
