package online.pass24.desk.calendar.bench;

import online.pass24.desk.calendar.domain.BusinessCalendar;
import online.pass24.desk.calendar.domain.DayException;
import online.pass24.desk.calendar.domain.DayKind;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Business-time arithmetic with the calendar cached (compiled years warm), over start instants
 * spread through 2026 so that the branch predictor cannot learn one answer.
 * Run: {@code make bench-calendar}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BusinessTimeBenchmark {

    private static final Duration FOUR_HOURS = Duration.ofMinutes(240);
    private static final Duration THIRTY_DAYS = Duration.ofDays(30);

    private BusinessCalendar calendar;
    private Instant[] starts;
    private int next;

    @Setup
    public void setUp() {
        List<DayException> exceptions = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2026, 1, 1); !d.isAfter(LocalDate.of(2026, 1, 11)); d = d.plusDays(1)) {
            exceptions.add(DayException.of(d, DayKind.HOLIDAY));
        }
        exceptions.add(DayException.of(LocalDate.of(2026, 11, 3), DayKind.SHORTENED));
        exceptions.add(DayException.of(LocalDate.of(2026, 11, 4), DayKind.HOLIDAY));
        calendar = new BusinessCalendar(ZoneId.of("Europe/Moscow"), BusinessCalendar.officeWeek(), exceptions);
        starts = new Instant[1024];
        java.util.Random random = new java.util.Random(42);
        Instant base = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < starts.length; i++) {
            starts[i] = base.plusSeconds(random.nextInt(300 * 86_400));
        }
        calendar.add(base, Duration.ofDays(200)); // compile the years before measuring
    }

    @Benchmark
    public Instant add240BusinessMinutes() {
        return calendar.add(starts[next++ & 1023], FOUR_HOURS);
    }

    @Benchmark
    public Duration betweenOverThirtyDays() {
        Instant from = starts[next++ & 1023];
        return calendar.between(from, from.plus(THIRTY_DAYS));
    }
}
