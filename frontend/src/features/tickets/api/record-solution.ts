import type { ApiClient } from '@/lib/api';
import { useTicketMutation, type TicketActionInput } from './ticket-mutation';
import type { SolutionAction, VersionedTicket } from './types';
import { ifMatch, versionedTicket } from './versioned-ticket';

export async function recordSolution(
  client: ApiClient,
  ticketId: string,
  { etag, body }: TicketActionInput<SolutionAction>,
): Promise<VersionedTicket> {
  return versionedTicket(
    await client.POST('/api/v1/tickets/{ticketId}/solution', {
      params: { path: { ticketId }, header: ifMatch(etag) },
      body,
    }),
  );
}

/** Records the solution applied or the plan of action (step 4). */
export function useRecordSolution(ticketId: string) {
  return useTicketMutation(ticketId, recordSolution);
}
