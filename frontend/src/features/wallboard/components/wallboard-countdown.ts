import { toneOf, type TimerTone } from '@/features/tickets/components/timer-countdown';
import type { WallboardTimer } from '../api/types';
import { workingTimeBetween, type WorkingPeriod } from './working-time';

/**
 * The colour of a card, readable across the room: green under 50 % of the target elapsed,
 * amber from 50 %, orange from 80 %, red once breached; grey while paused.
 */
export type CardColour = 'green' | 'amber' | 'orange' | 'red' | 'grey';

const colours: Record<TimerTone, CardColour> = {
  green: 'green',
  amber: 'amber',
  red: 'orange',
  breached: 'red',
  met: 'grey',
  paused: 'grey',
};

export type LiveCountdown = {
  timer: WallboardTimer;
  /** Seconds left now; negative when overdue. */
  remaining: number;
  tone: TimerTone;
  colour: CardColour;
};

/**
 * The timer as of `now`, counted down from what the summary said when it arrived. A 24×7 clock
 * runs with the wall clock; a business-hours clock only through the calendar's working time,
 * and stands still until the next summary while that time is unknown.
 */
export function liveCountdown(
  timer: WallboardTimer,
  receivedAt: number,
  now: number,
  workingPeriods: readonly WorkingPeriod[] | undefined,
): LiveCountdown {
  const running = timer.state === 'RUNNING' || timer.state === 'BREACHED';
  // The regulation counts business time: a timer that does not say otherwise is one.
  const businessHours = timer.businessHours !== false;
  let elapsedMs = 0;
  if (running && now > receivedAt) {
    if (!businessHours) elapsedMs = now - receivedAt;
    else if (workingPeriods) elapsedMs = workingTimeBetween(receivedAt, now, workingPeriods);
  }
  const elapsed = Math.floor(elapsedMs / 1000);
  const remaining = timer.businessSecondsRemaining - elapsed;
  const targetSeconds = timer.targetMinutes * 60;
  const percent = targetSeconds > 0 ? timer.percentElapsed + (elapsed / targetSeconds) * 100 : timer.percentElapsed;
  const tone = toneOf(timer.state, remaining, percent);
  return { timer, remaining, tone, colour: colours[tone] };
}
