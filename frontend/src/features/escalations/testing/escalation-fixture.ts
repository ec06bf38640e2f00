import type { Escalation, EscalationSummary } from '../api/types';

let sequence = 0;

const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

/** An open escalation as GET /api/v1/escalations/{id} returns it, due in 40 minutes, at version 1. */
export function anEscalation(overrides: Partial<Escalation> = {}): Escalation {
  sequence += 1;
  const number = String(sequence).padStart(12, '0');
  return {
    id: `10000000-0000-4000-8000-${number}`,
    ticketId: `00000000-0000-4000-8000-${number}`,
    ticketKey: `EM-${String(sequence).padStart(6, '0')}`,
    ticketTitle: 'Не открываются шлагбаумы',
    clientName: 'ООО «Ромашка»',
    status: 'OPEN',
    severity: 'CRITICAL',
    description: 'Шлагбаумы не открываются по пропускам с 9:00.',
    createdAt: minutesFromNow(-20),
    createdBy: 'agent',
    acknowledgement: { targetMinutes: 60, dueAt: minutesFromNow(40), state: 'RUNNING' },
    version: 1,
    ...overrides,
  };
}

export function anEscalationSummary(overrides: Partial<EscalationSummary> = {}): EscalationSummary {
  sequence += 1;
  return {
    id: `10000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
    status: 'OPEN',
    severity: 'HIGH',
    createdAt: minutesFromNow(-20),
    acknowledgementDueAt: minutesFromNow(40),
    ...overrides,
  };
}
