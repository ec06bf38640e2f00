import { ApiError } from '@/lib/api';
import type { Ticket, VersionedTicket } from './types';

/** The `ETag` of a ticket version, as the server writes it: `"<version>"`. */
export function versionTag(ticket: Ticket): string | undefined {
  return ticket.version === undefined ? undefined : `"${ticket.version}"`;
}

/** The ticket of a read or an action, with the `ETag` the server sent (or its version). */
export function versionedTicket({
  data,
  error,
  response,
}: {
  data?: Ticket | undefined;
  error?: unknown;
  response: Response;
}): VersionedTicket {
  if (!data) throw new ApiError(response.status, error);
  return { ticket: data, etag: response.headers.get('ETag') ?? versionTag(data) };
}

/** `If-Match` for a request, left out when the ticket has no known version. */
export function ifMatch(etag: string | undefined): { 'If-Match'?: string } {
  return etag ? { 'If-Match': etag } : {};
}
