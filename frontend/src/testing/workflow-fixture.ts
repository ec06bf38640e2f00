import type { ChecklistItem, Ticket, Timer } from '@/features/tickets/api/types';
import { aTicket } from './ticket-fixture';

export const checklistCodes = [
  'OUT_OF_QUEUE',
  'CONTACT_WITHIN_15_MIN',
  'INFORMATION_COLLECTED',
  'DIAGNOSIS_DONE',
  'TYPE_AND_CAUSE_DETERMINED',
  'SOLUTION_OR_PLAN',
  'SYSTEM_RESTORED_AND_VERIFIED',
  'CLIENT_CONFIRMED',
  'SOLUTION_DOCUMENTED',
  'CLOSED_IN_SYSTEM',
  'RESOLVED_WITHIN_4_BUSINESS_HOURS',
] as const;

/** The 11 items of the control checklist, the given ones done. */
export function aChecklist(done: readonly string[] = []): ChecklistItem[] {
  return checklistCodes.map((item) => ({ item, done: done.includes(item) }));
}

export function aTimer(overrides: Partial<Timer> = {}): Timer {
  return {
    metric: 'FIRST_CONTACT',
    startedAt: '2025-03-04T07:05:00Z',
    targetMinutes: 15,
    dueAt: '2025-03-04T07:20:00Z',
    state: 'RUNNING',
    businessSecondsRemaining: 600,
    percentElapsed: 33.3,
    ...overrides,
  };
}

/** A new emergency ticket as GET /api/v1/tickets/{id} returns it, at version 3. */
export function aWorkflowTicket(overrides: Partial<Ticket> = {}): Ticket {
  return aTicket({
    level: 'EMERGENCY',
    criterion: 'TOTAL_OUTAGE',
    status: 'NEW',
    version: 3,
    timers: [aTimer()],
    checklist: aChecklist(['OUT_OF_QUEUE']),
    allowedActions: ['CONTACT', 'CRITICALITY', 'ASSIGNMENT', 'LEVEL_CHANGE'],
    ...overrides,
  });
}
