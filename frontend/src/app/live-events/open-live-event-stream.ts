import type { ApiClient } from '@/lib/api';
import type { EventStreamRequest } from '@/lib/sse';

/**
 * `GET /api/v1/stream`, every event family, through the API client: its middleware puts a token
 * fresh from the session on each (re)connection, the same way as on any other call.
 */
export function openLiveEventStream(client: ApiClient): EventStreamRequest {
  return async ({ lastEventId, signal }) => {
    const { response } = await client.GET('/api/v1/stream', {
      parseAs: 'stream',
      params: lastEventId ? { header: { 'Last-Event-ID': lastEventId } } : {},
      headers: { Accept: 'text/event-stream' },
      cache: 'no-store',
      signal,
    });
    return response;
  };
}
