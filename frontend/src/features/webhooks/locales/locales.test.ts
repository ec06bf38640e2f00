import { describe, expect, it } from 'vitest';
import { webhookDeliveryStatusValues, webhookEventTypeValues } from '../api/webhook-values';
import en from './en.json';
import ru from './ru.json';

function keysOf(tree: object, prefix = ''): string[] {
  return Object.entries(tree)
    .flatMap(([key, value]) => (typeof value === 'object' && value !== null ? keysOf(value as object, `${prefix}${key}.`) : [`${prefix}${key}`]))
    .sort();
}

// Event types are dotted (`ticket.created`): i18next reads them as nested keys.
function labelOf(tree: object, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], tree);
}

describe('the webhook messages', () => {
  it('have the same keys in Russian and English', () => {
    expect(keysOf(en)).toEqual(keysOf(ru));
  });

  it('label every event type and delivery status of the contract', () => {
    for (const locale of [ru, en]) {
      for (const type of webhookEventTypeValues) expect(labelOf(locale.eventType, type)).toEqual(expect.any(String));
      for (const status of webhookDeliveryStatusValues) expect(locale.deliveryStatus[status]).toBeTruthy();
    }
  });
});
