import { describe, expect, it } from 'vitest';
import {
  contactChannelValues,
  escalationSeverityValues,
  escalationStatusValues,
  externalReferenceSystemValues,
} from '../api/escalation-values';
import en from './en.json';
import ru from './ru.json';

function keysOf(tree: object, prefix = ''): string[] {
  return Object.entries(tree)
    .flatMap(([key, value]) => (typeof value === 'object' && value !== null ? keysOf(value as object, `${prefix}${key}.`) : [`${prefix}${key}`]))
    .sort();
}

describe('the escalation messages', () => {
  it('have the same keys in Russian and English', () => {
    expect(keysOf(en)).toEqual(keysOf(ru));
  });

  it('label every value of the contract enums', () => {
    for (const locale of [ru, en]) {
      for (const status of escalationStatusValues) expect(locale.status[status]).toBeTruthy();
      for (const severity of escalationSeverityValues) expect(locale.severity[severity]).toBeTruthy();
      for (const system of externalReferenceSystemValues) expect(locale.externalSystem[system]).toBeTruthy();
      for (const channel of contactChannelValues) expect(locale.channel[channel]).toBeTruthy();
    }
  });
});
