import type { WallboardSnapshot } from './types';

/**
 * The snapshot generated later: a summary fetched over HTTP may arrive after a newer one from
 * the stream and must not replace it. The same summary twice keeps the first arrival, which the
 * countdowns run from.
 */
export function newerSnapshot(
  current: WallboardSnapshot | undefined,
  incoming: WallboardSnapshot,
): WallboardSnapshot {
  if (!current) return incoming;
  const was = Date.parse(current.wallboard.generatedAt);
  const is = Date.parse(incoming.wallboard.generatedAt);
  return Number.isNaN(is) || is <= was ? current : incoming;
}
