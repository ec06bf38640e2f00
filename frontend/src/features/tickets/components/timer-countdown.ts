import type { Timer } from '../api/types';

/** How a timer looks: the policy's default warning thresholds colour a running timer. */
export type TimerTone = 'green' | 'amber' | 'red' | 'breached' | 'met' | 'paused';

// The default warning thresholds of the SLA policy (percent of the target elapsed).
export const AMBER_FROM_PERCENT = 50;
export const RED_FROM_PERCENT = 80;

export type LiveTimer = {
  timer: Timer;
  /** Business seconds left now; negative when overdue. */
  remaining: number;
  percent: number;
  tone: TimerTone;
};

export function toneOf(state: Timer['state'], remaining: number, percent: number): TimerTone {
  if (state === 'MET') return 'met';
  if (state === 'BREACHED' || remaining < 0) return 'breached';
  if (state === 'PAUSED') return 'paused';
  if (percent >= RED_FROM_PERCENT) return 'red';
  if (percent >= AMBER_FROM_PERCENT) return 'amber';
  return 'green';
}

/**
 * The timer as of `now`, counted down from what the server said at `fetchedAt`. The server
 * counts business time; between refetches a running timer simply ticks down second by second.
 */
export function liveTimer(timer: Timer, fetchedAt: number, now: number): LiveTimer {
  const running = timer.state === 'RUNNING' || (timer.state === 'BREACHED' && !timer.stoppedAt);
  const elapsed = running ? Math.max(0, Math.floor((now - fetchedAt) / 1000)) : 0;
  const remaining = timer.businessSecondsRemaining - elapsed;
  const targetSeconds = timer.targetMinutes * 60;
  const percent = targetSeconds > 0 ? timer.percentElapsed + (elapsed / targetSeconds) * 100 : timer.percentElapsed;
  return { timer, remaining, percent, tone: toneOf(timer.state, remaining, percent) };
}

/** The queue's one countdown: a breached timer first, else the running one due soonest. */
export function nearestTimer(timers: readonly Timer[] | undefined): Timer | undefined {
  const open = (timers ?? []).filter((timer) => timer.state === 'RUNNING' || timer.state === 'BREACHED');
  const breached = open.filter((timer) => timer.state === 'BREACHED' && !timer.stoppedAt);
  const candidates = breached.length > 0 ? breached : open;
  return [...candidates].sort((a, b) => a.businessSecondsRemaining - b.businessSecondsRemaining)[0];
}
