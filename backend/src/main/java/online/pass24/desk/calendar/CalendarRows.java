package online.pass24.desk.calendar;

import io.micronaut.core.annotation.Introspected;

import java.time.LocalDate;
import java.util.UUID;

/** Projections of the hours and exception tables. */
final class CalendarRows {

    private CalendarRows() {
    }

    @Introspected
    record Hours(UUID calendarId, short dayOfWeek, String intervals) {
    }

    @Introspected
    record Exception(UUID calendarId, LocalDate day, String kind, String intervals, String note) {
    }
}
