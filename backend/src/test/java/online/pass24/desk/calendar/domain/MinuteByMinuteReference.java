package online.pass24.desk.calendar.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The slow, obviously right answer: a minute is working when it lies inside one of the day's
 * intervals (wall-clock bounds turned into instants in the calendar's zone). Steps minute by
 * minute; takes minute-aligned instants only.
 */
final class MinuteByMinuteReference {

    private final BusinessCalendar calendar;
    private final List<long[]> intervals = new ArrayList<>();

    MinuteByMinuteReference(BusinessCalendar calendar, LocalDate from, LocalDate to) {
        this.calendar = calendar;
        for (LocalDate date = from.minusDays(1); !date.isAfter(to.plusDays(1)); date = date.plusDays(1)) {
            for (WorkingInterval interval : calendar.hoursOn(date)) {
                long start = ZonedDateTime.of(date, interval.start(), calendar.zone()).toInstant().getEpochSecond();
                LocalDate endDate = interval.toEndOfDay() ? date.plusDays(1) : date;
                long end = ZonedDateTime.of(endDate, interval.end(), calendar.zone()).toInstant().getEpochSecond();
                intervals.add(new long[]{start, end});
            }
        }
    }

    boolean working(Instant minute) {
        long t = minute.getEpochSecond();
        for (long[] interval : intervals) {
            if (interval[0] <= t && t < interval[1]) {
                return true;
            }
        }
        return false;
    }

    long minutesBetween(Instant from, Instant to) {
        long minutes = 0;
        for (Instant t = from; t.isBefore(to); t = t.plusSeconds(60)) {
            if (working(t)) {
                minutes++;
            }
        }
        return minutes;
    }

    /** Empty when the window ends before that much working time is found. */
    Optional<Instant> addMinutes(Instant from, long minutes, Instant limit) {
        if (minutes == 0) {
            return Optional.of(from);
        }
        long counted = 0;
        for (Instant t = from; t.isBefore(limit); t = t.plusSeconds(60)) {
            if (working(t) && ++counted == minutes) {
                return Optional.of(t.plusSeconds(60));
            }
        }
        return Optional.empty();
    }

    Duration between(Instant from, Instant to) {
        return Duration.ofMinutes(minutesBetween(from, to));
    }

    BusinessCalendar calendar() {
        return calendar;
    }
}
