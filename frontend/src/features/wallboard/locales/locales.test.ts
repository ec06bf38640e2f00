import { describe, expect, it } from 'vitest';
import en from './en.json';
import ru from './ru.json';

function keysOf(tree: object, prefix = ''): string[] {
  return Object.entries(tree)
    .flatMap(([key, value]) => (typeof value === 'object' && value !== null ? keysOf(value as object, `${prefix}${key}.`) : [`${prefix}${key}`]))
    .sort();
}

describe('the wallboard messages', () => {
  it('have the same keys in Russian and English', () => {
    expect(keysOf(en)).toEqual(keysOf(ru));
  });
});
