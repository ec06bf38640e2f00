import type { ApiClient } from '@/lib/api';
import type { EventStreamRequest } from '@/lib/sse';

/** `GET /api/v1/wallboard/stream` through the API client, so each reconnection has a fresh token. */
export function openWallboardStream(client: ApiClient): EventStreamRequest {
  return async ({ lastEventId, signal }) => {
    const { response } = await client.GET('/api/v1/wallboard/stream', {
      parseAs: 'stream',
      headers: { Accept: 'text/event-stream', ...(lastEventId ? { 'Last-Event-ID': lastEventId } : {}) },
      cache: 'no-store',
      signal,
    });
    return response;
  };
}
