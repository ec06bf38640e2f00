import type { Ticket } from '../api/types';

/** The six steps of the regulation, 1 "Немедленное реагирование" … 6 "Завершение обращения". */
export const workflowSteps = [1, 2, 3, 4, 5, 6] as const;
export type WorkflowStep = (typeof workflowSteps)[number];

/** The step a ticket is at, from its status; `done` once it is closed. */
export function currentStep(ticket: Pick<Ticket, 'status' | 'informationCollectedAt' | 'informationSkippedReason'>): WorkflowStep | 'done' {
  switch (ticket.status) {
    case 'NEW':
      return 1;
    case 'IN_PROGRESS':
      return ticket.informationCollectedAt || ticket.informationSkippedReason ? 3 : 2;
    case 'DIAGNOSED':
      return 4;
    case 'SOLUTION_APPLIED':
    case 'PLAN_DEFINED':
    case 'AWAITING_CONFIRMATION':
      return 5;
    case 'RESOLVED':
      return 6;
    case 'CLOSED':
      return 'done';
  }
}
