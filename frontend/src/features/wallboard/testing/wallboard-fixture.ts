import type { Wallboard, WallboardTicket, WallboardTimer } from '../api/types';

let sequence = 0;

export function aWallboardTimer(overrides: Partial<WallboardTimer> = {}): WallboardTimer {
  return {
    metric: 'FIRST_CONTACT',
    dueAt: '2026-03-03T07:20:00Z',
    targetMinutes: 15,
    state: 'RUNNING',
    percentElapsed: 20,
    businessSecondsRemaining: 720,
    businessHours: true,
    ...overrides,
  };
}

export function aWallboardTicket(overrides: Partial<WallboardTicket> = {}): WallboardTicket {
  sequence += 1;
  const number = String(sequence).padStart(6, '0');
  return {
    ticketId: `00000000-0000-4000-9000-${number.padStart(12, '0')}`,
    key: `EM-${number}`,
    title: `Экстренное обращение ${number}`,
    clientName: 'ООО «Ромашка»',
    status: 'IN_PROGRESS',
    timers: [aWallboardTimer()],
    ...overrides,
  };
}

/** A summary as `GET /api/v1/wallboard` and each `wallboard` event carry it. */
export function aWallboard(overrides: Partial<Wallboard> = {}): Wallboard {
  return {
    generatedAt: '2026-03-03T07:05:00Z',
    openEmergencies: 1,
    atRisk: 0,
    breachedToday: 0,
    awaitingConfirmation: 0,
    escalated: 0,
    complianceToday: { met: 0, breached: 0, percent: null },
    complianceWeek: { met: 0, breached: 0, percent: null },
    emergencies: [aWallboardTicket()],
    ...overrides,
  };
}
