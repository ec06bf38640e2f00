import type { components } from '@/lib/api';

export type CalendarDay = components['schemas']['CalendarDay'];
export type CalendarDayList = components['schemas']['CalendarDayList'];
export type CalendarDayType = components['schemas']['CalendarDayType'];
export type DayKind = components['schemas']['DayKind'];
export type DayException = components['schemas']['DayException'];
export type DayExceptionList = components['schemas']['DayExceptionList'];
export type DayExceptionWrite = components['schemas']['DayExceptionWrite'];
export type WorkingInterval = components['schemas']['WorkingInterval'];
export type CalendarImportResult = components['schemas']['CalendarImportResult'];

/** The page edits the default calendar; the contract lets `default` stand for its id. */
export const DEFAULT_CALENDAR_ID = 'default';
