import type { components } from '@/lib/api';
import type { SseMessage } from '@/lib/sse';

type StreamEvent = components['schemas']['StreamEvent'];

/** What the cache needs to know of an event on `/api/v1/stream`. */
export type LiveEvent = { type: string; ticketId: string | undefined };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The event's type (the SSE `event:`) and ticket; a `data:` that is not JSON names no ticket. */
export function liveEventOf(message: SseMessage): LiveEvent {
  let body: Partial<StreamEvent> = {};
  try {
    const parsed: unknown = JSON.parse(message.data);
    if (isObject(parsed)) body = parsed as Partial<StreamEvent>;
  } catch {
    // Still an event of its type: the lists it touches are refreshed.
  }
  const type = message.event !== 'message' ? message.event : typeof body.type === 'string' ? body.type : '';
  const inner = isObject(body.data) ? body.data.ticketId : undefined;
  const ticketId = typeof body.ticketId === 'string' ? body.ticketId : typeof inner === 'string' ? inner : undefined;
  return { type, ticketId };
}
