package online.pass24.desk.calendar.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One dated exception. {@code hours} empty means "the usual": none for a holiday, the standard
 * day less one hour for a shortened day, the standard day for a working weekend day.
 */
public record DayException(LocalDate date, DayKind kind, List<WorkingInterval> hours, String note) {

    public DayException {
        hours = WorkingInterval.normalized(hours == null ? List.of() : hours);
        if (kind == DayKind.HOLIDAY && !hours.isEmpty()) {
            throw new IllegalArgumentException("a holiday has no working hours");
        }
        note = note == null ? "" : note;
    }

    public static DayException of(LocalDate date, DayKind kind) {
        return new DayException(date, kind, List.of(), "");
    }
}
