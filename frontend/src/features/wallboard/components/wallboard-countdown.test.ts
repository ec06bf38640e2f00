import { describe, expect, it } from 'vitest';
import { aWallboardTimer } from '../testing/wallboard-fixture';
import { clockFace } from './clock-face';
import { liveCountdown } from './wallboard-countdown';

const received = Date.parse('2026-03-06T14:00:00Z'); // Friday 17:00 MSK
const workday = [{ start: Date.parse('2026-03-06T06:00:00Z'), end: Date.parse('2026-03-06T15:00:00Z') }];

describe('a countdown on the wallboard', () => {
  it.each([
    [0, 'green'],
    [49.9, 'green'],
    [50, 'amber'],
    [79.9, 'amber'],
    [80, 'orange'],
  ] as const)('colours a running timer %s %% elapsed %s', (percentElapsed, colour) => {
    expect(liveCountdown(aWallboardTimer({ percentElapsed }), received, received, undefined).colour).toBe(colour);
  });

  it('is red once breached, by the server or by running out here', () => {
    const breached = aWallboardTimer({ state: 'BREACHED', businessSecondsRemaining: -300, percentElapsed: 133 });
    expect(liveCountdown(breached, received, received, undefined)).toMatchObject({ colour: 'red', remaining: -300 });
    const last = aWallboardTimer({ businessHours: false, businessSecondsRemaining: 2, percentElapsed: 99 });
    expect(liveCountdown(last, received, received + 3_000, undefined)).toMatchObject({ colour: 'red', remaining: -1 });
  });

  it('runs a 24×7 clock with the wall clock, its percentage too', () => {
    const timer = aWallboardTimer({ businessHours: false, targetMinutes: 10, businessSecondsRemaining: 301, percentElapsed: 49.8 });
    expect(liveCountdown(timer, received, received + 2_500, undefined)).toMatchObject({ remaining: 299, colour: 'amber' });
  });

  it('runs a business-hours clock through working time only', () => {
    const timer = aWallboardTimer({ businessSecondsRemaining: 7_200 });
    // 17:59:00 → 18:01:00 MSK: one working minute.
    const from = Date.parse('2026-03-06T14:59:00Z');
    expect(liveCountdown(timer, from, from + 120_000, workday).remaining).toBe(7_140);
    // Until the working hours are known it waits for the next summary.
    expect(liveCountdown(timer, received, received + 60_000, undefined).remaining).toBe(7_200);
  });

  it('stands still while paused', () => {
    const paused = aWallboardTimer({ businessHours: false, state: 'PAUSED', businessSecondsRemaining: 600, percentElapsed: 85 });
    expect(liveCountdown(paused, received, received + 60_000, undefined)).toMatchObject({ remaining: 600, colour: 'grey' });
  });
});

describe('the digits of a countdown', () => {
  it('shows minutes and seconds, hours when there are any, and a minus when overdue', () => {
    expect(clockFace(452)).toBe('07:32');
    expect(clockFace(0)).toBe('00:00');
    expect(clockFace(2 * 3600 + 15 * 60)).toBe('2:15:00');
    expect(clockFace(-65)).toBe('−01:05');
    expect(clockFace(-(27 * 3600 + 1))).toBe('−27:00:01');
  });
});
