import { hashKey, type QueryClient, type QueryKey } from '@tanstack/react-query';

// Events come in bursts (a replay after a reconnect, warnings due the same minute): each view
// then refetches once per burst instead of once per event.
const BATCH_MS = 100;

export type InvalidationBatch = {
  /** Marks these queries stale a moment from now, together with the others of the burst. */
  add: (keys: readonly QueryKey[]) => void;
  /** Marks every query stale now: whatever is on screen is refetched. */
  everything: () => void;
  dispose: () => void;
};

export function createInvalidationBatch(queryClient: QueryClient, delayMs = BATCH_MS): InvalidationBatch {
  const pending = new Map<string, QueryKey>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
    pending.clear();
  };
  const flush = () => {
    const keys = [...pending.values()];
    cancel();
    for (const queryKey of keys) void queryClient.invalidateQueries({ queryKey });
  };

  return {
    add(keys) {
      for (const key of keys) pending.set(hashKey(key), key);
      if (pending.size > 0 && timer === undefined) timer = setTimeout(flush, delayMs);
    },
    everything() {
      cancel();
      void queryClient.invalidateQueries();
    },
    dispose: cancel,
  };
}
