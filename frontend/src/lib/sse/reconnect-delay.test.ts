import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_MS, reconnectDelay, retryAfterOf } from './reconnect-delay';

describe('the wait before reconnecting', () => {
  it("is the server's retry after a stream that ended", () => {
    expect(reconnectDelay(DEFAULT_RETRY_MS, 0, () => 0)).toBe(3_000);
    expect(reconnectDelay(250, 0, () => 0)).toBe(250);
  });

  it('doubles with every failed attempt in a row, up to a minute', () => {
    expect([1, 2, 3, 4, 5, 6, 30].map((failures) => reconnectDelay(3_000, failures, () => 0))).toEqual([
      6_000, 12_000, 24_000, 48_000, 60_000, 60_000, 60_000,
    ]);
  });

  it('does not hammer a failing server that asked for retry: 0', () => {
    expect(reconnectDelay(0, 1, () => 0)).toBe(2_000);
  });

  it('adds up to a fifth at random', () => {
    expect(reconnectDelay(3_000, 0, () => 0.5)).toBe(3_300);
    expect(reconnectDelay(3_000, 5, () => 0.999_999)).toBe(72_000);
  });

  it('honours a Retry-After in seconds or as a date', () => {
    const now = Date.parse('2026-03-02T10:00:00Z');
    const after = (value: string) => retryAfterOf(new Response(null, { status: 429, headers: { 'Retry-After': value } }), now);

    expect(after('7')).toBe(7_000);
    expect(after('Mon, 02 Mar 2026 10:00:20 GMT')).toBe(20_000);
    expect(after('soon')).toBeUndefined();
    expect(retryAfterOf(new Response(null, { status: 503 }))).toBeUndefined();
  });
});
