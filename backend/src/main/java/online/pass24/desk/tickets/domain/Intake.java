package online.pass24.desk.tickets.domain;

import online.pass24.desk.calendar.domain.XmlCalendarFormat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Rules of registering a request (SPEC §2): when its SLA clocks start. */
public final class Intake {

    /** Clocks of relaying systems drift a little; beyond this a time "from the future" is refused. */
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(5);
    /** SLA clocks count in business calendars, which know the years from 1900: nothing arrived earlier. */
    public static final Instant EARLIEST = Instant.parse(XmlCalendarFormat.MIN_YEAR + "-01-01T00:00:00Z");

    private Intake() {
    }

    /**
     * The instant the request reached support: the given one, or now when absent.
     *
     * @return empty when the given instant lies in the future
     */
    public static Optional<Instant> receivedAt(Instant given, Clock clock) {
        Instant now = clock.instant();
        if (given == null) {
            return Optional.of(now);
        }
        return given.isAfter(now.plus(CLOCK_SKEW)) ? Optional.empty() : Optional.of(given);
    }

    /** Whether a given receipt lies before any calendar's years (its business time cannot be counted). */
    public static boolean beforeCalendars(Instant given) {
        return given != null && given.isBefore(EARLIEST);
    }

    /** Emergencies go "out of the queue" (вне очереди): they rank above standard tickets. */
    public static int levelRank(boolean emergency) {
        return emergency ? 0 : 1;
    }
}
