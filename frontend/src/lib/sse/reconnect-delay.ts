/** What EventSource waits before reconnecting when the server has not sent `retry:`. */
export const DEFAULT_RETRY_MS = 3_000;

// After failures the wait doubles up to this; a screen on the wall is back within about a minute.
const MAX_BACKOFF_MS = 60_000;
// A server may ask for `retry: 0`; a failing endpoint is still not hammered in a tight loop.
const MIN_BACKOFF_MS = 1_000;
// Up to a fifth more, at random: thousands of clients dropped by one restart do not return at once.
const JITTER = 0.2;

/**
 * How long to wait before the next attempt: the server's `retry` after a stream that ended,
 * doubled for every failed attempt in a row (capped), plus jitter.
 */
export function reconnectDelay(retryMs: number, failures: number, random: () => number = Math.random): number {
  const base =
    failures === 0
      ? Math.min(retryMs, MAX_BACKOFF_MS)
      : Math.min(Math.max(retryMs, MIN_BACKOFF_MS) * 2 ** Math.min(failures, 16), MAX_BACKOFF_MS);
  return Math.round(base + base * JITTER * random());
}

/** A `Retry-After` in seconds or as an HTTP date (429 or 503), in milliseconds from `now`. */
export function retryAfterOf(response: Response, now = Date.now()): number | undefined {
  const value = response.headers.get('Retry-After')?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Math.min(Number(value) * 1000, MAX_BACKOFF_MS);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.min(Math.max(0, at - now), MAX_BACKOFF_MS);
}
