import { DEFAULT_RETRY_MS, reconnectDelay, retryAfterOf } from './reconnect-delay';
import { createSseParser, type SseMessage } from './sse-parser';

/**
 * `connecting`: the first attempt; `open`: events flow; `reconnecting`: the stream dropped and
 * is being re-established; `closed`: no connection, either stopped or failing attempt after
 * attempt (which go on in the background, ever slower, until the stream is stopped).
 */
export type ConnectionState = 'connecting' | 'open' | 'reconnecting' | 'closed';

/**
 * Opens the stream once. It sends `Last-Event-ID` when there is one, so the server replays what
 * was missed, and asks the token source for a fresh token: the connection outlives any token.
 */
export type EventStreamRequest = (init: { lastEventId: string | undefined; signal: AbortSignal }) => Promise<Response>;

export type EventStreamOptions = {
  request: EventStreamRequest;
  /** Stops the stream for good: the current attempt is cancelled, no other is made. */
  signal: AbortSignal;
  onMessage: (message: SseMessage) => void;
  /**
   * The client may have missed events that will not be replayed: the server sent `reset`, or a
   * connection opened after a gap with no event id to resume from. Refetch everything.
   */
  onReset?: () => void;
  onStateChange?: (state: ConnectionState) => void;
  /** A silent connection is presumed dead after this long; the server writes a heartbeat every 15 s. */
  idleTimeoutMs?: number;
  random?: () => number;
};

export const RESET_EVENT = 'reset';

// Three heartbeats missed: a half-open TCP connection (a laptop lid, a NAT timeout) never errors.
const IDLE_TIMEOUT_MS = 45_000;
// Failed attempts in a row after which the stream counts as down rather than reconnecting.
const DOWN_AFTER_FAILURES = 2;

type Outcome = { opened: boolean; retryAfterMs?: number };

function isEventStream(response: Response): response is Response & { body: ReadableStream<Uint8Array> } {
  const contentType = response.headers.get('Content-Type') ?? '';
  return response.ok && response.body !== null && contentType.toLowerCase().startsWith('text/event-stream');
}

function sleep(milliseconds: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const wake = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', wake);
      resolve();
    };
    const timer = setTimeout(wake, milliseconds);
    signal.addEventListener('abort', wake, { once: true });
  });
}

// A failing handler must not take the stream down; the error still surfaces (console, test run).
function deliver(handler: () => void) {
  try {
    handler();
  } catch (error) {
    queueMicrotask(() => {
      throw error;
    });
  }
}

/**
 * A server-sent events client over fetch (EventSource cannot send a bearer token): reads the body
 * as it arrives, reconnects after the server's `retry` with jitter, backs off exponentially while
 * attempts fail, resumes with `Last-Event-ID`, and settles once `signal` aborts.
 */
export async function runEventStream(options: EventStreamOptions): Promise<void> {
  const { request, signal, onMessage, onReset, onStateChange, random } = options;
  const idleTimeoutMs = options.idleTimeoutMs ?? IDLE_TIMEOUT_MS;
  let lastEventId = '';
  let retryMs = DEFAULT_RETRY_MS;
  let failures = 0;
  let attempts = 0;
  let state: ConnectionState | undefined;

  const report = (next: ConnectionState) => {
    if (next === state) return;
    state = next;
    onStateChange?.(next);
  };
  const notOpen = (): ConnectionState =>
    attempts === 0 ? 'connecting' : failures >= DOWN_AFTER_FAILURES ? 'closed' : 'reconnecting';

  async function read(body: ReadableStream<Uint8Array>, attempt: AbortController): Promise<void> {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    const parser = createSseParser(
      {
        onMessage: (message) => {
          lastEventId = message.id;
          deliver(() => (message.event === RESET_EVENT ? onReset?.() : onMessage(message)));
        },
        onRetry: (milliseconds) => {
          retryMs = milliseconds;
        },
      },
      lastEventId,
    );
    const cancel = () => void reader.cancel().catch(() => undefined);
    attempt.signal.addEventListener('abort', cancel, { once: true });
    let idle = setTimeout(() => attempt.abort(), idleTimeoutMs);
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        clearTimeout(idle);
        idle = setTimeout(() => attempt.abort(), idleTimeoutMs);
        parser.push(decoder.decode(value, { stream: true }));
        // An event without data still moves the id on.
        lastEventId = parser.lastEventId;
      }
    } catch {
      // The connection dropped; the caller reconnects.
    } finally {
      clearTimeout(idle);
      attempt.signal.removeEventListener('abort', cancel);
    }
  }

  async function connect(): Promise<Outcome> {
    const attempt = new AbortController();
    const stop = () => attempt.abort();
    signal.addEventListener('abort', stop, { once: true });
    try {
      let response: Response;
      try {
        response = await request({ lastEventId: lastEventId || undefined, signal: attempt.signal });
      } catch {
        return { opened: false };
      }
      if (!isEventStream(response)) {
        void response.body?.cancel().catch(() => undefined);
        return { opened: false, retryAfterMs: retryAfterOf(response) };
      }
      if (signal.aborted) return { opened: true };
      report('open');
      if (attempts > 0 && !lastEventId) deliver(() => onReset?.());
      await read(response.body, attempt);
      return { opened: true };
    } finally {
      signal.removeEventListener('abort', stop);
      attempt.abort();
    }
  }

  while (!signal.aborted) {
    report(notOpen());
    const outcome = await connect();
    attempts += 1;
    if (signal.aborted) break;
    failures = outcome.opened ? 0 : failures + 1;
    report(notOpen());
    await sleep(Math.max(reconnectDelay(retryMs, failures, random), outcome.retryAfterMs ?? 0), signal);
  }
  report('closed');
}
