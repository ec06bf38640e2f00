package online.pass24.desk.support;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock the test moves by hand, for suites started in the {@code test-clock} environment:
 * workflow steps, timers and schedulers all read it, so a scenario can be played out on given
 * business days. It only moves forward, as time does.
 */
public final class TestClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    TestClock(Instant start) {
        this(new AtomicReference<>(start), ZoneOffset.UTC);
    }

    private TestClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    public void set(Instant instant) {
        now.updateAndGet(current -> {
            if (instant.isBefore(current)) {
                throw new IllegalArgumentException("the clock only moves forward: " + instant + " is before " + current);
            }
            return instant;
        });
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same moving instant, seen from another zone. */
    @Override
    public Clock withZone(ZoneId other) {
        return new TestClock(now, other);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Factory
    @Requires(env = "test-clock")
    static class TestClockFactory {

        @Singleton
        @Replaces(Clock.class)
        TestClock clock() {
            return new TestClock(Instant.parse("2020-01-01T00:00:00Z"));
        }
    }
}
