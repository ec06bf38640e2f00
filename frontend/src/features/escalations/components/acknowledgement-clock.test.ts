import { describe, expect, it } from 'vitest';
import { acknowledgementAt, type AcknowledgementClock } from './acknowledgement-clock';

const now = Date.parse('2025-03-04T10:00:00Z');
const clock = (overrides: Partial<AcknowledgementClock>): AcknowledgementClock => ({
  dueAt: '2025-03-04T10:30:00Z',
  acknowledgedAt: undefined,
  breached: false,
  warned: false,
  closed: false,
  ...overrides,
});

describe('the acknowledgement clock', () => {
  it('counts down to the due instant while development has not acknowledged', () => {
    expect(acknowledgementAt(clock({}), now)).toEqual({ tone: 'running', seconds: 1800 });
    expect(acknowledgementAt(clock({ warned: true }), now).tone).toBe('warned');
  });

  it('is overdue past the due instant, or as soon as the server says it was breached', () => {
    expect(acknowledgementAt(clock({ dueAt: '2025-03-04T09:00:00Z' }), now)).toEqual({ tone: 'overdue', seconds: -3600 });
    expect(acknowledgementAt(clock({ breached: true }), now).tone).toBe('overdue');
  });

  it('stops when acknowledged, and does not run for a closed escalation never acknowledged', () => {
    expect(acknowledgementAt(clock({ acknowledgedAt: '2025-03-04T09:50:00Z', breached: true }), now).tone).toBe('acknowledged');
    expect(acknowledgementAt(clock({ closed: true, dueAt: '2025-03-04T09:00:00Z' }), now).tone).toBe('stopped');
    expect(acknowledgementAt(clock({ dueAt: undefined }), now).tone).toBe('stopped');
  });
});
