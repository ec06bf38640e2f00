package online.pass24.desk.calendar.domain;

import java.time.Duration;
import java.time.Instant;

/** The two questions SLA timers ask of a calendar. */
public final class BusinessTime {

    private BusinessTime() {
    }

    /** The instant by which {@code duration} of working time has passed since {@code start}. */
    public static Instant add(Instant start, Duration duration, BusinessCalendar calendar) {
        return calendar.add(start, duration);
    }

    /** Working time from {@code a} to {@code b}; negative when b is before a. */
    public static Duration between(Instant a, Instant b, BusinessCalendar calendar) {
        return calendar.between(a, b);
    }
}
