import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '@/testing/render-app';
import { aTimer } from '@/testing/workflow-fixture';
import { liveTimer, nearestTimer, toneOf } from './timer-countdown';
import { TicketTimers } from './ticket-timers';

describe('the colour of a countdown', () => {
  it.each([
    [0, 'green'],
    [49.9, 'green'],
    [50, 'amber'],
    [79.9, 'amber'],
    [80, 'red'],
    [99, 'red'],
  ] as const)('is %s %% elapsed → %s', (percent, tone) => {
    expect(toneOf('RUNNING', 60, percent)).toBe(tone);
  });

  it('is breached when the server says so or the time has run out', () => {
    expect(toneOf('BREACHED', 120, 40)).toBe('breached');
    expect(toneOf('RUNNING', -1, 100.1)).toBe('breached');
    expect(toneOf('MET', 300, 20)).toBe('met');
    expect(toneOf('PAUSED', 300, 85)).toBe('paused');
  });

  it('ticks a running timer down from the time it was fetched, and its percentage up', () => {
    const timer = aTimer({ targetMinutes: 10, businessSecondsRemaining: 301, percentElapsed: 49.8 });
    const live = liveTimer(timer, 1_000_000, 1_000_000 + 2_000);
    expect(live.remaining).toBe(299);
    expect(live.tone).toBe('amber');
    expect(liveTimer(aTimer({ state: 'MET', businessSecondsRemaining: 100 }), 0, 60_000).remaining).toBe(100);
  });

  it('picks a breached timer first, else the one due soonest', () => {
    const contact = aTimer({ metric: 'FIRST_CONTACT', businessSecondsRemaining: 500 });
    const resolution = aTimer({ metric: 'RESOLUTION', businessSecondsRemaining: 9000 });
    const met = aTimer({ metric: 'DIAGNOSIS', state: 'MET', businessSecondsRemaining: 10 });
    expect(nearestTimer([resolution, contact, met])?.metric).toBe('FIRST_CONTACT');
    expect(nearestTimer([contact, { ...resolution, state: 'BREACHED', businessSecondsRemaining: -60 }])?.metric).toBe('RESOLUTION');
    expect(nearestTimer([met])).toBeUndefined();
  });
});

describe('the countdown bars', () => {
  afterEach(() => vi.useRealTimers());

  it('tick every second and change colour at the thresholds', () => {
    vi.useFakeTimers();
    const fetchedAt = Date.now();
    const timers = [
      aTimer({ metric: 'FIRST_CONTACT', targetMinutes: 15, businessSecondsRemaining: 452, percentElapsed: 49.9 }),
      aTimer({ metric: 'RESOLUTION', targetMinutes: 240, businessSecondsRemaining: 2 * 3600 + 15 * 60, percentElapsed: 43.75 }),
      aTimer({ metric: 'DIAGNOSIS', targetMinutes: 60, businessSecondsRemaining: 600, percentElapsed: 83 }),
    ];
    renderApp({ routes: [{ path: '/', element: <TicketTimers timers={timers} fetchedAt={fetchedAt} /> }] });

    const contact = screen.getByTestId('timer-FIRST_CONTACT');
    expect(contact).toHaveAttribute('data-state', 'green');
    expect(contact).toHaveTextContent('осталось 7 рабочих минут 32 рабочие секунды');
    expect(screen.getByTestId('timer-RESOLUTION')).toHaveTextContent('осталось 2 рабочих часа 15 рабочих минут');
    expect(screen.getByTestId('timer-DIAGNOSIS')).toHaveAttribute('data-state', 'red');

    act(() => vi.advanceTimersByTime(2_000));

    expect(contact).toHaveTextContent('осталось 7 рабочих минут 30 рабочих секунд');
    expect(contact).toHaveAttribute('data-state', 'amber');
  });
});
