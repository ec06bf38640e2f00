import { ApiError } from '@/lib/api';
import type { SlaPolicy, VersionedSlaPolicy } from './types';

export function versionedSlaPolicy({ data, error, response }: { data?: SlaPolicy; error?: unknown; response: Response }): VersionedSlaPolicy {
  if (!data) throw new ApiError(response.status, error);
  return { policy: data, etag: response.headers.get('ETag') ?? `"${data.version}"` };
}
