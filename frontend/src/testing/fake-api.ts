import { vi } from 'vitest';

export const TEST_API_BASE_URL = 'http://api.test';

export type RecordedRequest = {
  method: string;
  path: string;
  search: URLSearchParams;
  headers: Headers;
  body: unknown;
};

/** `body` is sent as JSON, or as it is when it is a string with a non-JSON `contentType`. */
type Reply = { status: number; body?: unknown; contentType?: string; headers?: Record<string, string> };
type Handler = (request: RecordedRequest) => Reply | Promise<Reply>;

/** A fetch that answers like the backend would and remembers what it was asked. */
export function fakeApi(handler: Handler) {
  const requests: RecordedRequest[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const text = await request.text();
    const isJson = (request.headers.get('Content-Type') ?? '').includes('json');
    const recorded: RecordedRequest = {
      method: request.method,
      path: url.pathname,
      search: url.searchParams,
      headers: request.headers,
      // JSON bodies parsed; others (an XML upload) kept as the text that was sent.
      body: text ? (isJson ? (JSON.parse(text) as unknown) : text) : undefined,
    };
    requests.push(recorded);
    const reply = await handler(recorded);
    const contentType =
      reply.contentType ?? (reply.status >= 400 ? 'application/problem+json' : 'application/json');
    const raw = typeof reply.body === 'string' && !contentType.includes('json');
    const payload = reply.body === undefined ? null : raw ? (reply.body as string) : JSON.stringify(reply.body);
    return new Response(payload, {
      status: reply.status,
      headers: { 'Content-Type': contentType, ...reply.headers },
    });
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, requests };
}
