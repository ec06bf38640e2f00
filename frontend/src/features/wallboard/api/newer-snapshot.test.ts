import { describe, expect, it } from 'vitest';
import { aWallboard } from '../testing/wallboard-fixture';
import { newerSnapshot } from './newer-snapshot';

const at = (generatedAt: string, receivedAt: number) => ({ wallboard: aWallboard({ generatedAt }), receivedAt });

describe('the summary kept', () => {
  it('is the one generated later, whichever arrived last', () => {
    const older = at('2026-03-03T07:05:00Z', 2);
    const newer = at('2026-03-03T07:05:30Z', 1);

    expect(newerSnapshot(undefined, older)).toBe(older);
    expect(newerSnapshot(older, newer)).toBe(newer);
    expect(newerSnapshot(newer, older)).toBe(newer);
  });

  it('is the first arrival of the same summary, which the countdowns run from', () => {
    const first = at('2026-03-03T07:05:00Z', 1);
    expect(newerSnapshot(first, at('2026-03-03T07:05:00Z', 2))).toBe(first);
  });
});
