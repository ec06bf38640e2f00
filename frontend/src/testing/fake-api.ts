import { vi } from 'vitest';

export const TEST_API_BASE_URL = 'http://api.test';

export type RecordedRequest = {
  method: string;
  path: string;
  search: URLSearchParams;
  headers: Headers;
  body: unknown;
};

type Reply = { status: number; body?: unknown; contentType?: string };
type Handler = (request: RecordedRequest) => Reply | Promise<Reply>;

/** A fetch that answers like the backend would and remembers what it was asked. */
export function fakeApi(handler: Handler) {
  const requests: RecordedRequest[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const text = await request.text();
    const recorded: RecordedRequest = {
      method: request.method,
      path: url.pathname,
      search: url.searchParams,
      headers: request.headers,
      body: text ? (JSON.parse(text) as unknown) : undefined,
    };
    requests.push(recorded);
    const reply = await handler(recorded);
    const contentType =
      reply.contentType ?? (reply.status >= 400 ? 'application/problem+json' : 'application/json');
    return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), {
      status: reply.status,
      headers: { 'Content-Type': contentType },
    });
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, requests };
}
