package online.pass24.desk.tickets.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Rules of registering a request (SPEC §2): when its SLA clocks start. */
public final class Intake {

    /** Clocks of relaying systems drift a little; beyond this a time "from the future" is refused. */
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(5);

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

    /** Emergencies go "out of the queue" (вне очереди): they rank above standard tickets. */
    public static int levelRank(boolean emergency) {
        return emergency ? 0 : 1;
    }
}
