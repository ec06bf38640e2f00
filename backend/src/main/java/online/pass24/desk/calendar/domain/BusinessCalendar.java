package online.pass24.desk.calendar.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A business calendar: a zone, weekly working hours and dated exceptions (holidays, shortened
 * pre-holiday days, worked weekend days). Immutable; business-time arithmetic on it is exact to
 * the millisecond and jumps from interval to interval over a per-year index built on first use.
 */
public final class BusinessCalendar {

    private static final Duration SHORTENING = Duration.ofHours(1);
    /** Years in a row without a working minute after which adding time gives up. */
    private static final int MAX_IDLE_YEARS = 10;

    private final ZoneId zone;
    private final Map<DayOfWeek, List<WorkingInterval>> weekly;
    private final TreeMap<LocalDate, DayException> exceptions;
    private final List<WorkingInterval> standardDay;
    private final Map<Integer, CompiledYear> years = new ConcurrentHashMap<>();

    public BusinessCalendar(ZoneId zone, Map<DayOfWeek, List<WorkingInterval>> weekly, List<DayException> exceptions) {
        this.zone = zone;
        this.weekly = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            this.weekly.put(day, WorkingInterval.normalized(weekly.getOrDefault(day, List.of())));
        }
        this.exceptions = new TreeMap<>();
        for (DayException exception : exceptions) {
            if (this.exceptions.put(exception.date(), exception) != null) {
                throw new IllegalArgumentException("two exceptions for " + exception.date());
            }
        }
        this.standardDay = firstWorkingWeekday(this.weekly);
    }

    /** Mon–Fri 09:00–18:00 in the given zone, the regulation's working time before exceptions. */
    public static Map<DayOfWeek, List<WorkingInterval>> officeWeek() {
        Map<DayOfWeek, List<WorkingInterval>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            week.put(day, List.of(WorkingInterval.of("09:00", "18:00")));
        }
        return week;
    }

    /** Every hour of every day: the 24×7 alternative a policy may choose. */
    public static BusinessCalendar allTheTime(ZoneId zone) {
        Map<DayOfWeek, List<WorkingInterval>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, List.of(WorkingInterval.wholeDay()));
        }
        return new BusinessCalendar(zone, week, List.of());
    }

    public ZoneId zone() {
        return zone;
    }

    public Map<DayOfWeek, List<WorkingInterval>> weekly() {
        return Map.copyOf(weekly);
    }

    public List<DayException> exceptions() {
        return List.copyOf(exceptions.values());
    }

    public Optional<DayException> exceptionOn(LocalDate date) {
        return Optional.ofNullable(exceptions.get(date));
    }

    /** The working intervals of one date, exceptions applied. */
    public List<WorkingInterval> hoursOn(LocalDate date) {
        DayException exception = exceptions.get(date);
        List<WorkingInterval> usual = weekly.get(date.getDayOfWeek());
        if (exception == null) {
            return usual;
        }
        return switch (exception.kind()) {
            case HOLIDAY -> List.of();
            case WORKING_DAY -> exception.hours().isEmpty() ? standardDay : exception.hours();
            case SHORTENED -> exception.hours().isEmpty()
                    ? shortened(usual.isEmpty() ? standardDay : usual)
                    : exception.hours();
        };
    }

    /** Adds business time: the instant by which {@code duration} of working time has passed. */
    public Instant add(Instant start, Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("cannot add negative business time: " + duration);
        }
        long from = start.toEpochMilli();
        long remaining = duration.toMillis();
        if (remaining == 0) {
            return start;
        }
        CompiledYear year = yearOf(from);
        long target = year.position(from) + remaining;
        int idle = 0;
        while (target > year.total()) {
            target -= year.total();
            year = compiled(year.year() + 1);
            idle = year.total() == 0 ? idle + 1 : 0;
            if (idle > MAX_IDLE_YEARS) {
                throw new IllegalStateException("the calendar has no working time after " + start);
            }
        }
        return Instant.ofEpochMilli(year.instantAt(target));
    }

    /** Business time between two instants; negative when {@code to} is before {@code from}. */
    public Duration between(Instant from, Instant to) {
        long a = from.toEpochMilli();
        long b = to.toEpochMilli();
        if (b < a) {
            return between(to, from).negated();
        }
        CompiledYear first = yearOf(a);
        CompiledYear last = yearOf(b);
        if (first.year() == last.year()) {
            return Duration.ofMillis(first.position(b) - first.position(a));
        }
        long millis = first.total() - first.position(a);
        for (int y = first.year() + 1; y < last.year(); y++) {
            millis += compiled(y).total();
        }
        return Duration.ofMillis(millis + last.position(b));
    }

    private CompiledYear yearOf(long epochMilli) {
        // Zone offsets are within ±18 h, so the UTC year is right or one off.
        int guess = LocalDate.ofEpochDay(Math.floorDiv(epochMilli, 86_400_000L)).getYear();
        CompiledYear year = compiled(guess);
        if (epochMilli < year.start()) {
            return compiled(guess - 1);
        }
        if (epochMilli >= year.end()) {
            return compiled(guess + 1);
        }
        return year;
    }

    private CompiledYear compiled(int year) {
        return years.computeIfAbsent(year, y -> CompiledYear.of(this, y));
    }

    static List<WorkingInterval> shortened(List<WorkingInterval> hours) {
        List<WorkingInterval> result = new ArrayList<>(hours);
        Duration cut = SHORTENING;
        while (!result.isEmpty() && !cut.isZero()) {
            WorkingInterval last = result.remove(result.size() - 1);
            Duration length = last.length();
            if (length.compareTo(cut) > 0) {
                java.time.LocalTime end = last.start().plus(length.minus(cut));
                result.add(new WorkingInterval(last.start(), end));
                cut = Duration.ZERO;
            } else {
                cut = cut.minus(length);
            }
        }
        return List.copyOf(result);
    }

    private static List<WorkingInterval> firstWorkingWeekday(Map<DayOfWeek, List<WorkingInterval>> week) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (!week.get(day).isEmpty()) {
                return week.get(day);
            }
        }
        return List.of();
    }
}
