import { waitFor } from '@testing-library/react';
import { vi } from 'vitest';

export type StreamEventWrite = { id?: string | number; event?: string; data: unknown; retry?: number };

/** One connection a client opened: the test plays the server by writing to it. */
export type FakeStreamConnection = {
  path: string;
  search: URLSearchParams;
  headers: Headers;
  /** Raw bytes or text, exactly as given: split lines, CRLF, comments. */
  write: (chunk: string | Uint8Array) => void;
  /** One event; `data` is written as JSON unless it is a string. */
  send: (event: StreamEventWrite) => void;
  /** The server ends the response. */
  end: () => void;
  /** Whether the client went away (aborted the request or cancelled the body). */
  readonly closed: boolean;
};

type Refusal = { status: number; headers?: Record<string, string> };

const encoder = new TextEncoder();

export function eventText({ id, event, data, retry }: StreamEventWrite): string {
  const payload = typeof data === 'string' ? data : JSON.stringify(data);
  return [
    ...(retry === undefined ? [] : [`retry: ${retry}`]),
    ...(id === undefined ? [] : [`id: ${id}`]),
    ...(event === undefined ? [] : [`event: ${event}`]),
    ...payload.split('\n').map((line) => `data: ${line}`),
    '',
    '',
  ].join('\n');
}

function accept(request: Request): { connection: FakeStreamConnection; response: Response } {
  const url = new URL(request.url);
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let closed = false;
  const body = new ReadableStream<Uint8Array>({
    start: (c) => {
      controller = c;
    },
    cancel: () => {
      closed = true;
    },
  });
  const goAway = () => {
    if (closed) return;
    closed = true;
    try {
      controller.error(new DOMException('The client aborted the request', 'AbortError'));
    } catch {
      // already ended
    }
  };
  request.signal.addEventListener('abort', goAway, { once: true });
  const write = (chunk: string | Uint8Array) => {
    if (!closed) controller.enqueue(typeof chunk === 'string' ? encoder.encode(chunk) : chunk);
  };
  const connection: FakeStreamConnection = {
    path: url.pathname,
    search: url.searchParams,
    headers: request.headers,
    write,
    send: (event) => write(eventText(event)),
    end: () => {
      if (closed) return;
      closed = true;
      controller.close();
    },
    get closed() {
      return closed;
    },
  };
  const response = new Response(body, {
    status: 200,
    headers: { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' },
  });
  return { connection, response };
}

/** The SSE endpoints of the contract: `renderApp` answers them with quiet streams by default. */
export const streamPaths = ['/api/v1/stream', '/api/v1/wallboard/stream'] as const;

type FakeEventStreamsOptions = {
  /** Leaves every request unanswered until the client gives up: the connection stays `connecting`. */
  hold?: boolean;
};

/**
 * A fetch that serves `text/event-stream` on the given paths, one controllable stream per
 * request; anything else is a 404.
 */
export function fakeEventStreams(paths: readonly string[] = streamPaths, { hold = false }: FakeEventStreamsOptions = {}) {
  const connections: FakeStreamConnection[] = [];
  const refusals: Refusal[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    if (!paths.includes(new URL(request.url).pathname)) return new Response(null, { status: 404 });
    if (hold) {
      return new Promise<Response>((_, reject) => {
        request.signal.addEventListener('abort', () => reject(new DOMException('The client aborted the request', 'AbortError')), { once: true });
      });
    }
    const refusal = refusals.shift();
    if (refusal) {
      const problem = { type: 'about:blank', title: 'Refused', status: refusal.status };
      return new Response(JSON.stringify(problem), {
        status: refusal.status,
        headers: { 'Content-Type': 'application/problem+json', ...refusal.headers },
      });
    }
    const { connection, response } = accept(request);
    connections.push(connection);
    return response;
  });

  return {
    fetch: fetch as unknown as typeof globalThis.fetch,
    /** Whether a request is for one of these streams. */
    serves: (input: RequestInfo | URL) =>
      paths.includes(new URL(input instanceof Request ? input.url : String(input)).pathname),
    connections,
    /** The next attempts are answered with these statuses instead of a stream. */
    refuse: (...statuses: Array<number | Refusal>) => {
      refusals.push(...statuses.map((status) => (typeof status === 'number' ? { status } : status)));
    },
    /** Waits for the `count`-th connection (1-based) and returns it. */
    connection: async (count = connections.length + 1, options?: { timeout?: number }) => {
      await waitFor(() => {
        if (connections.length < count) throw new Error(`${connections.length} of ${count} connections so far`);
      }, options);
      return connections[count - 1]!;
    },
  };
}
