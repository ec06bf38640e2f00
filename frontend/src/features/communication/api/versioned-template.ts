import { ApiError } from '@/lib/api';
import type { MessageTemplate, VersionedTemplate } from './types';

export function versionedTemplate({ data, error, response }: { data?: MessageTemplate; error?: unknown; response: Response }): VersionedTemplate {
  if (!data) throw new ApiError(response.status, error);
  return { template: data, etag: response.headers.get('ETag') ?? `"${data.version}"` };
}
