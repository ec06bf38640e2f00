package online.pass24.desk.calendar;

import java.util.UUID;

/**
 * Published after a calendar's hours or exceptions changed and the change was committed, so
 * that running SLA timers can be recomputed against it.
 */
public record CalendarChanged(UUID calendarId, long version, String reason) {
}
