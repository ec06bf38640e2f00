package online.pass24.desk.calendar.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;

/**
 * One year of a calendar flattened into sorted working intervals (epoch milliseconds) with the
 * working time before each, so that "how much working time before t" and its inverse are binary
 * searches instead of walks over days.
 */
final class CompiledYear {

    private final int year;
    private final long start;
    private final long end;
    private final long[] starts;
    private final long[] ends;
    /** Working time of the year before interval k. */
    private final long[] before;
    private final long total;

    private CompiledYear(int year, long start, long end, long[] starts, long[] ends) {
        this.year = year;
        this.start = start;
        this.end = end;
        this.starts = starts;
        this.ends = ends;
        this.before = new long[starts.length];
        long sum = 0;
        for (int k = 0; k < starts.length; k++) {
            before[k] = sum;
            sum += ends[k] - starts[k];
        }
        this.total = sum;
    }

    static CompiledYear of(BusinessCalendar calendar, int year) {
        ZoneId zone = calendar.zone();
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate next = first.plusYears(1);
        long[] starts = new long[512];
        long[] ends = new long[512];
        int n = 0;
        long previousEnd = Long.MIN_VALUE;
        for (LocalDate date = first; date.isBefore(next); date = date.plusDays(1)) {
            for (WorkingInterval interval : calendar.hoursOn(date)) {
                long s = ZonedDateTime.of(date, interval.start(), zone).toInstant().toEpochMilli();
                long e = (interval.toEndOfDay()
                        ? ZonedDateTime.of(date.plusDays(1), interval.end(), zone)
                        : ZonedDateTime.of(date, interval.end(), zone)).toInstant().toEpochMilli();
                s = Math.max(s, previousEnd);
                if (e <= s) {
                    continue;
                }
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                    ends = Arrays.copyOf(ends, n * 2);
                }
                starts[n] = s;
                ends[n] = e;
                n++;
                previousEnd = e;
            }
        }
        return new CompiledYear(year,
                first.atStartOfDay(zone).toInstant().toEpochMilli(),
                next.atStartOfDay(zone).toInstant().toEpochMilli(),
                Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
    }

    int year() {
        return year;
    }

    long start() {
        return start;
    }

    long end() {
        return end;
    }

    long total() {
        return total;
    }

    /** Working time of this year before the instant t (t within the year). */
    long position(long t) {
        int k = Arrays.binarySearch(starts, t);
        if (k >= 0) {
            return before[k];
        }
        k = -k - 2; // the last interval starting before t
        if (k < 0) {
            return 0;
        }
        return before[k] + Math.min(t, ends[k]) - starts[k];
    }

    /** The instant at which the working time of this year reaches {@code position} (0 < position ≤ total). */
    long instantAt(long position) {
        int lo = 0;
        int hi = starts.length - 1;
        // the first interval whose end position reaches the target: the due instant is the end
        // of the last working moment, never the start of the next interval
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (before[mid] + ends[mid] - starts[mid] >= position) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return starts[lo] + position - before[lo];
    }
}
