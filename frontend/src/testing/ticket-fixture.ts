import type { Ticket } from '@/features/tickets/api/types';

let sequence = 0;

export function aTicket(overrides: Partial<Ticket> = {}): Ticket {
  sequence += 1;
  const number = String(sequence).padStart(6, '0');
  return {
    id: `00000000-0000-4000-8000-${number.padStart(12, '0')}`,
    key: `EM-${number}`,
    clientName: 'ООО «Ромашка»',
    contactName: 'Иван Петров',
    channel: 'PHONE',
    title: `Обращение ${number}`,
    level: 'STANDARD',
    status: 'NEW',
    receivedAt: '2025-03-04T07:05:00Z',
    createdAt: '2025-03-04T07:06:00Z',
    updatedAt: '2025-03-04T07:06:00Z',
    ...overrides,
  };
}
