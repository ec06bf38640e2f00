import { useCallback, useMemo, useRef } from 'react';

/**
 * `Idempotency-Key`s for one screen that creates something. The same body gets the same key
 * until it is spent, so a retry after a lost answer is replayed instead of creating twice; a
 * changed body gets a new key (the server refuses a key reused with another body).
 */
export function useIdempotencyKey() {
  const attempt = useRef<{ key: string; body: string } | null>(null);
  const keyFor = useCallback((body: unknown): string => {
    const text = JSON.stringify(body ?? null);
    if (attempt.current?.body !== text) attempt.current = { key: crypto.randomUUID(), body: text };
    return attempt.current.key;
  }, []);
  const spend = useCallback(() => {
    attempt.current = null;
  }, []);
  return useMemo(() => ({ keyFor, spend }), [keyFor, spend]);
}
