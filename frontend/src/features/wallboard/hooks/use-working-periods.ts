import { useMemo } from 'react';
import { useCalendarDays } from '../api/get-calendar-days';
import { useSupportCalendar } from '../api/get-support-calendar';
import { dateIn, shiftDate, workingPeriodsOf, type WorkingPeriod } from '../components/working-time';

/**
 * The working time of the default calendar from yesterday to tomorrow (so a countdown that
 * spans midnight is right), asked again when the date changes; `undefined` while unknown.
 */
export function useWorkingPeriods(now: number): WorkingPeriod[] | undefined {
  const calendar = useSupportCalendar();
  const zone = calendar.data?.zone;
  const today = zone ? dateIn(now, zone) : undefined;
  const days = useCalendarDays(today && shiftDate(today, -1), today && shiftDate(today, 1));
  return useMemo(() => (zone && days.data ? workingPeriodsOf(days.data, zone) : undefined), [zone, days.data]);
}
