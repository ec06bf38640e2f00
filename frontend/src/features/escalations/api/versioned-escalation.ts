import { ApiError } from '@/lib/api';
import type { Escalation, VersionedEscalation } from './types';

/** The escalation of a read or an action, with the `ETag` the server sent (or its version). */
export function versionedEscalation({
  data,
  error,
  response,
}: {
  data?: Escalation | undefined;
  error?: unknown;
  response: Response;
}): VersionedEscalation {
  if (!data) throw new ApiError(response.status, error);
  return { escalation: data, etag: response.headers.get('ETag') ?? `"${data.version}"` };
}
