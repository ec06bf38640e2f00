package online.pass24.desk.calendar.domain;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The interval-jumping arithmetic against a minute-by-minute count, over generated calendars
 * in zones with and without DST, with lunch breaks, holidays, shortened days, worked weekends
 * and whole-day intervals, around the DST changes and year ends of 2025–2027.
 */
class BusinessTimePropertiesTest {

    private static final List<ZoneId> ZONES = List.of(
            ZoneId.of("Europe/Moscow"), ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"));
    /** Windows start near the DST changes and year ends, where mistakes hide. */
    private static final List<LocalDate> HOT_SPOTS = List.of(
            LocalDate.of(2025, 12, 24), LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 25),
            LocalDate.of(2026, 10, 22), LocalDate.of(2026, 10, 29), LocalDate.of(2025, 4, 28),
            LocalDate.of(2026, 12, 28));
    private static final int WINDOW_DAYS = 21;

    record Scenario(BusinessCalendar calendar, LocalDate from, MinuteByMinuteReference reference) {
        Instant at(int minuteOfWindow) {
            return from.atStartOfDay(calendar.zone()).toInstant().plusSeconds(60L * minuteOfWindow);
        }

        Instant windowEnd() {
            return from.plusDays(WINDOW_DAYS).atStartOfDay(calendar.zone()).toInstant();
        }
    }

    @Property(tries = 1000)
    void betweenCountsTheWorkingMinutes(@ForAll("scenarios") Scenario scenario,
                                        @ForAll @IntRange(max = 14 * 1440) int start,
                                        @ForAll @IntRange(max = 6 * 1440) int length) {
        Instant a = scenario.at(start);
        Instant b = scenario.at(start + length);

        assertThat(scenario.calendar().between(a, b)).isEqualTo(scenario.reference().between(a, b));
        assertThat(scenario.calendar().between(b, a)).isEqualTo(scenario.reference().between(a, b).negated());
    }

    @Property(tries = 1000)
    void addFindsTheEndOfTheLastWorkingMinute(@ForAll("scenarios") Scenario scenario,
                                              @ForAll @IntRange(max = 10 * 1440) int start,
                                              @ForAll @IntRange(max = 3000) int minutes) {
        Instant a = scenario.at(start);
        Optional<Instant> expected = scenario.reference().addMinutes(a, minutes, scenario.windowEnd());
        Assume.that(expected.isPresent());

        assertThat(scenario.calendar().add(a, Duration.ofMinutes(minutes))).isEqualTo(expected.get());
    }

    @Property(tries = 2000)
    void betweenUndoesAddToTheSecond(@ForAll("scenarios") Scenario scenario,
                                     @ForAll @IntRange(max = 14 * 1440) int start,
                                     @ForAll @IntRange(max = 59) int startSecond,
                                     @ForAll @IntRange(max = 100_000) int seconds) {
        Instant a = scenario.at(start).plusSeconds(startSecond);
        Duration d = Duration.ofSeconds(seconds);

        Instant due = scenario.calendar().add(a, d);

        assertThat(scenario.calendar().between(a, due)).isEqualTo(d);
        assertThat(due).isAfterOrEqualTo(a);
    }

    @Property(tries = 300)
    void moreWorkingTimeNeverEndsEarlier(@ForAll("scenarios") Scenario scenario,
                                         @ForAll @IntRange(max = 14 * 1440) int start,
                                         @ForAll @IntRange(max = 5000) int shorter,
                                         @ForAll @IntRange(max = 5000) int extra) {
        Instant a = scenario.at(start);

        assertThat(scenario.calendar().add(a, Duration.ofMinutes(shorter + extra)))
                .isAfterOrEqualTo(scenario.calendar().add(a, Duration.ofMinutes(shorter)));
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<ZoneId> zones = Arbitraries.of(ZONES);
        Arbitrary<LocalDate> starts = Arbitraries.oneOf(
                Arbitraries.of(HOT_SPOTS),
                Arbitraries.integers().between(0, 3 * 365).map(d -> LocalDate.of(2025, 1, 1).plusDays(d)));
        Arbitrary<Map<DayOfWeek, List<WorkingInterval>>> weeks = Arbitraries.oneOf(
                Arbitraries.just(BusinessCalendar.officeWeek()),
                week());
        return Combinators.combine(zones, starts, weeks, exceptionSeeds())
                .as((zone, from, week, seeds) -> {
                    List<DayException> exceptions = new ArrayList<>();
                    TreeSet<Integer> used = new TreeSet<>();
                    for (ExceptionSeed seed : seeds) {
                        if (used.add(seed.dayOffset())) {
                            exceptions.add(new DayException(from.plusDays(seed.dayOffset()), seed.kind(), seed.hours(), ""));
                        }
                    }
                    BusinessCalendar calendar = new BusinessCalendar(zone, week, exceptions);
                    return new Scenario(calendar, from,
                            new MinuteByMinuteReference(calendar, from, from.plusDays(WINDOW_DAYS)));
                });
    }

    record ExceptionSeed(int dayOffset, DayKind kind, List<WorkingInterval> hours) {
    }

    private Arbitrary<List<ExceptionSeed>> exceptionSeeds() {
        Arbitrary<ExceptionSeed> seed = Combinators.combine(
                        Arbitraries.integers().between(-1, WINDOW_DAYS),
                        Arbitraries.of(DayKind.class),
                        dayHours())
                .as((offset, kind, hours) -> new ExceptionSeed(offset, kind,
                        kind == DayKind.HOLIDAY ? List.of() : hours));
        return seed.list().ofMaxSize(8);
    }

    private Arbitrary<Map<DayOfWeek, List<WorkingInterval>>> week() {
        // a week with no working time at all is no calendar: its SLA would never come due
        return dayHours().list().ofSize(7).filter(days -> days.stream().anyMatch(d -> !d.isEmpty())).map(days -> {
            Map<DayOfWeek, List<WorkingInterval>> week = new EnumMap<>(DayOfWeek.class);
            for (DayOfWeek day : DayOfWeek.values()) {
                week.put(day, days.get(day.ordinal()));
            }
            return week;
        });
    }

    /** Zero to three intervals on minute boundaries; sometimes the whole day, sometimes night shifts to 24:00. */
    private Arbitrary<List<WorkingInterval>> dayHours() {
        Arbitrary<List<WorkingInterval>> split = Arbitraries.integers().between(0, 1440)
                .set().ofMinSize(0).ofMaxSize(6)
                .map(points -> {
                    List<Integer> sorted = new ArrayList<>(new TreeSet<>(points));
                    List<WorkingInterval> intervals = new ArrayList<>();
                    for (int i = 0; i + 1 < sorted.size(); i += 2) {
                        intervals.add(new WorkingInterval(time(sorted.get(i)), time(sorted.get(i + 1))));
                    }
                    return intervals;
                });
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, split),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(List.of(WorkingInterval.wholeDay()))),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(List.of(
                        WorkingInterval.of("09:00", "13:00"), WorkingInterval.of("14:00", "18:00")))));
    }

    private static LocalTime time(int minuteOfDay) {
        return minuteOfDay == 1440 ? LocalTime.MIDNIGHT : LocalTime.of(minuteOfDay / 60, minuteOfDay % 60);
    }
}
