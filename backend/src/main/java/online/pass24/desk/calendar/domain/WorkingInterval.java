package online.pass24.desk.calendar.domain;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Working hours within one day, start inclusive, end exclusive, e.g. 09:00–18:00. An end of
 * 00:00 means the end of the day (written {@code 24:00}), so a whole day is 00:00–24:00.
 */
public record WorkingInterval(LocalTime start, LocalTime end) {

    public WorkingInterval {
        if (start == null || end == null || !(start.isBefore(end) || endsAtMidnight(end))) {
            throw new IllegalArgumentException("a working interval needs start < end, got " + start + "-" + end);
        }
    }

    public static WorkingInterval of(String start, String end) {
        return new WorkingInterval(LocalTime.parse(start), "24:00".equals(end) ? LocalTime.MIDNIGHT : LocalTime.parse(end));
    }

    public static WorkingInterval wholeDay() {
        return new WorkingInterval(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
    }

    /** True when the interval runs to the end of the day. */
    public boolean toEndOfDay() {
        return endsAtMidnight(end);
    }

    public Duration length() {
        return toEndOfDay() ? Duration.ofDays(1).minusNanos(start.toNanoOfDay()) : Duration.between(start, end);
    }

    /** The end as written by people: {@code 24:00} for the end of the day. */
    public String endText() {
        return toEndOfDay() ? "24:00" : end.toString();
    }

    private static boolean endsAtMidnight(LocalTime end) {
        return end.equals(LocalTime.MIDNIGHT);
    }

    /** Parses {@code 09:00-13:00,14:00-18:00}; an empty text is a day off. */
    public static List<WorkingInterval> parseList(String text) {
        List<WorkingInterval> intervals = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return intervals;
        }
        for (String part : text.split(",")) {
            String[] bounds = part.trim().split("-");
            if (bounds.length != 2) {
                throw new IllegalArgumentException("not an interval: " + part);
            }
            try {
                intervals.add(of(bounds[0].trim(), bounds[1].trim()));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not an interval: " + part, e);
            }
        }
        return normalized(intervals);
    }

    public static String format(List<WorkingInterval> intervals) {
        return String.join(",", intervals.stream().map(WorkingInterval::toString).toList());
    }

    /** Sorted; overlapping intervals are refused rather than merged, since they are a typing error. */
    public static List<WorkingInterval> normalized(List<WorkingInterval> intervals) {
        List<WorkingInterval> sorted = new ArrayList<>(intervals);
        sorted.sort(Comparator.comparing(WorkingInterval::start));
        for (int i = 1; i < sorted.size(); i++) {
            WorkingInterval previous = sorted.get(i - 1);
            if (previous.toEndOfDay() || sorted.get(i).start().isBefore(previous.end())) {
                throw new IllegalArgumentException("working intervals overlap: " + sorted.get(i - 1) + " and " + sorted.get(i));
            }
        }
        return List.copyOf(sorted);
    }

    @Override
    public String toString() {
        return start + "-" + endText();
    }
}
