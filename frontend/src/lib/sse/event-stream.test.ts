import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeEventStreams } from '@/testing/fake-event-stream';
import { runEventStream, type ConnectionState, type EventStreamOptions } from './event-stream';
import type { SseMessage } from './sse-parser';

const STREAM_URL = 'http://api.test/api/v1/stream';

function startStream(overrides: Partial<EventStreamOptions> = {}, refusals: Parameters<ReturnType<typeof fakeEventStreams>['refuse']> = []) {
  const server = fakeEventStreams(['/api/v1/stream']);
  server.refuse(...refusals);
  const stop = new AbortController();
  const messages: SseMessage[] = [];
  const states: ConnectionState[] = [];
  const onReset = vi.fn();
  const tokens = ['token-1', 'token-2', 'token-3', 'token-4', 'token-5'];
  const done = runEventStream({
    request: ({ lastEventId, signal }) =>
      server.fetch(
        new Request(STREAM_URL, {
          headers: {
            Authorization: `Bearer ${tokens.shift() ?? 'token-n'}`,
            ...(lastEventId ? { 'Last-Event-ID': lastEventId } : {}),
          },
          signal,
        }),
      ),
    signal: stop.signal,
    onMessage: (message) => messages.push(message),
    onReset,
    onStateChange: (state) => states.push(state),
    random: () => 0,
    ...overrides,
  });
  return { server, stop, messages, states, onReset, done };
}

// Lets the streams and promises settle without moving the clock.
const settle = () => vi.advanceTimersByTimeAsync(0);

describe('the event stream client', () => {
  afterEach(() => vi.useRealTimers());

  it('decodes events whose UTF-8 characters are cut between chunks', async () => {
    const { server, stop, messages, done } = startStream();
    const connection = await server.connection(1);

    const bytes = new TextEncoder().encode('id: 1\nevent: ticket.created\ndata: {"title":"Сбой СКУД"}\n\n');
    // Cut inside the two-byte "С", then byte by byte through "бой".
    const cyrillic = bytes.findIndex((byte) => byte >= 0x80);
    const cuts = [0, ...Array.from({ length: 8 }, (_, i) => cyrillic + 1 + i), bytes.length];
    for (let i = 0; i + 1 < cuts.length; i += 1) connection.write(bytes.slice(cuts[i], cuts[i + 1]));

    await vi.waitFor(() => expect(messages).toHaveLength(1));
    expect(messages[0]).toEqual({ id: '1', event: 'ticket.created', data: '{"title":"Сбой СКУД"}' });
    stop.abort();
    await done;
  });

  it("reconnects after the server's retry, resuming with Last-Event-ID and a fresh token", async () => {
    vi.useFakeTimers();
    const { server, stop, messages, states, onReset, done } = startStream();
    await settle();
    const first = server.connections[0]!;
    expect(first.headers.get('Last-Event-ID')).toBeNull();
    expect(first.headers.get('Authorization')).toBe('Bearer token-1');

    first.write('retry: 500\n\n: heartbeat\n\n');
    first.send({ id: 10, event: 'ticket.created', data: { id: 10 } });
    first.send({ id: 11, event: 'sla.warning', data: { id: 11 } });
    first.end();
    await settle();
    expect(states).toEqual(['connecting', 'open', 'reconnecting']);

    await vi.advanceTimersByTimeAsync(499);
    expect(server.connections).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.connections).toHaveLength(2);
    const second = server.connections[1]!;
    expect(second.headers.get('Last-Event-ID')).toBe('11');
    expect(second.headers.get('Authorization')).toBe('Bearer token-2');

    second.send({ id: 12, event: 'ticket.contact', data: { id: 12 } });
    await settle();
    expect(messages.map((m) => m.id)).toEqual(['10', '11', '12']);
    expect(states.at(-1)).toBe('open');
    // It resumed where it stopped: nothing to refetch.
    expect(onReset).not.toHaveBeenCalled();

    stop.abort();
    await done;
  });

  it('treats a reset as "refetch everything" and keeps listening', async () => {
    const { server, stop, messages, onReset, done } = startStream();
    const connection = await server.connection(1);

    connection.send({ id: 5, event: 'reset', data: { id: 5, type: 'reset' } });
    connection.send({ id: 6, event: 'ticket.created', data: { id: 6 } });

    await vi.waitFor(() => expect(messages).toHaveLength(1));
    expect(onReset).toHaveBeenCalledOnce();
    expect(messages[0]?.event).toBe('ticket.created');
    expect(connection.closed).toBe(false);
    stop.abort();
    await done;
  });

  it('backs off exponentially while attempts fail, says it is down, and recovers', async () => {
    vi.useFakeTimers();
    const { server, stop, states, onReset, done } = startStream({}, [503, 503, { status: 429, headers: { 'Retry-After': '30' } }]);
    await settle();
    expect(states).toEqual(['connecting', 'reconnecting']);

    // Failed once: 2 × 3 s.
    await vi.advanceTimersByTimeAsync(5_999);
    expect(server.fetch).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.fetch).toHaveBeenCalledTimes(2);
    expect(states.at(-1)).toBe('closed');

    // Failed twice: 4 × 3 s; then the 429 asks for 30 s, more than the 24 s of backoff.
    await vi.advanceTimersByTimeAsync(12_000);
    expect(server.fetch).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(29_999);
    expect(server.fetch).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.fetch).toHaveBeenCalledTimes(4);

    expect(server.connections).toHaveLength(1);
    expect(states.at(-1)).toBe('open');
    // Nothing to resume from after the gap: whatever happened meanwhile must be refetched.
    expect(onReset).toHaveBeenCalledOnce();
    stop.abort();
    await done;
  });

  it('reconnects a connection that has gone silent', async () => {
    vi.useFakeTimers();
    const { server, stop, done } = startStream({ idleTimeoutMs: 45_000 });
    await settle();
    const first = server.connections[0]!;

    await vi.advanceTimersByTimeAsync(30_000);
    first.write(': heartbeat\n\n');
    await vi.advanceTimersByTimeAsync(44_999);
    expect(first.closed).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(first.closed).toBe(true);

    await vi.advanceTimersByTimeAsync(3_000);
    expect(server.connections).toHaveLength(2);
    stop.abort();
    await done;
  });

  it('stops cleanly: the connection is closed, no other attempt is made', async () => {
    vi.useFakeTimers();
    const { server, stop, states, done } = startStream();
    await settle();

    stop.abort();
    await done;
    await vi.advanceTimersByTimeAsync(120_000);

    expect(server.connections[0]?.closed).toBe(true);
    expect(server.fetch).toHaveBeenCalledOnce();
    expect(states).toEqual(['connecting', 'open', 'closed']);
  });

  it('stops while waiting to reconnect', async () => {
    vi.useFakeTimers();
    const { server, stop, states, done } = startStream({}, [500]);
    await settle();

    stop.abort();
    await done;
    await vi.advanceTimersByTimeAsync(120_000);

    expect(server.fetch).toHaveBeenCalledOnce();
    expect(states.at(-1)).toBe('closed');
  });
});
