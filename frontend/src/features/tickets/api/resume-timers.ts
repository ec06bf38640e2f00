import type { ApiClient } from '@/lib/api';
import { useTicketMutation, type TicketActionInput } from './ticket-mutation';
import type { ResumeAction, VersionedTicket } from './types';
import { ifMatch, versionedTicket } from './versioned-ticket';

export async function resumeTimers(
  client: ApiClient,
  ticketId: string,
  { etag, body }: TicketActionInput<ResumeAction>,
): Promise<VersionedTicket> {
  return versionedTicket(
    await client.POST('/api/v1/tickets/{ticketId}/resume', {
      params: { path: { ticketId }, header: ifMatch(etag) },
      body,
    }),
  );
}

/** Resumes paused timers. */
export function useResumeTimers(ticketId: string) {
  return useTicketMutation(ticketId, resumeTimers);
}
