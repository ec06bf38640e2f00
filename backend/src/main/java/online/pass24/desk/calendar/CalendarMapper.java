package online.pass24.desk.calendar;

import online.pass24.desk.api.model.Calendar;
import online.pass24.desk.api.model.CalendarDay;
import online.pass24.desk.api.model.CalendarDayType;
import online.pass24.desk.api.model.DayHours;
import online.pass24.desk.api.model.DayException;
import online.pass24.desk.api.model.DayKind;
import online.pass24.desk.api.model.DayOfWeek;
import online.pass24.desk.api.model.WorkingInterval;
import online.pass24.desk.calendar.domain.BusinessCalendar;
import online.pass24.desk.problem.ApiProblem;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Domain and rows to contract, and contract input to domain with field-named errors. */
final class CalendarMapper {

    private CalendarMapper() {
    }

    static Calendar toApi(CalendarRecord row, List<CalendarRows.Hours> hours) {
        Map<java.time.DayOfWeek, List<online.pass24.desk.calendar.domain.WorkingInterval>> week = CalendarStore.week(hours);
        List<DayHours> weekly = new ArrayList<>();
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            weekly.add(new DayHours(DayOfWeek.valueOf(day.name()), intervals(week.getOrDefault(day, List.of()))));
        }
        return new Calendar(row.id().toString(), row.name(), row.zone(), row.isDefault(), weekly, row.version());
    }

    static DayException toApi(online.pass24.desk.calendar.domain.DayException exception) {
        DayException day = new DayException(exception.date(), DayKind.valueOf(exception.kind().name()), intervals(exception.hours()));
        day.setNote(exception.note());
        return day;
    }

    static CalendarDay day(BusinessCalendar calendar, LocalDate date) {
        List<online.pass24.desk.calendar.domain.WorkingInterval> hours = calendar.hoursOn(date);
        CalendarDayType type = calendar.exceptionOn(date)
                .map(e -> CalendarDayType.valueOf(e.kind().name()))
                .orElse(hours.isEmpty() ? CalendarDayType.WEEKEND : CalendarDayType.WORKDAY);
        long minutes = hours.stream().map(online.pass24.desk.calendar.domain.WorkingInterval::length)
                .reduce(Duration.ZERO, Duration::plus).toMinutes();
        CalendarDay day = new CalendarDay(date, type, intervals(hours), (int) minutes);
        calendar.exceptionOn(date).map(online.pass24.desk.calendar.domain.DayException::note)
                .filter(note -> !note.isBlank()).ifPresent(day::setNote);
        return day;
    }

    static List<WorkingInterval> intervals(List<online.pass24.desk.calendar.domain.WorkingInterval> hours) {
        return hours.stream().map(i -> new WorkingInterval(i.start().toString(), i.endText())).toList();
    }

    /** Weekly hours from the contract; days not listed are days off. */
    static Map<java.time.DayOfWeek, List<online.pass24.desk.calendar.domain.WorkingInterval>> week(List<DayHours> weekly) {
        Map<java.time.DayOfWeek, List<online.pass24.desk.calendar.domain.WorkingInterval>> week = new EnumMap<>(java.time.DayOfWeek.class);
        for (int i = 0; i < weekly.size(); i++) {
            DayHours day = weekly.get(i);
            java.time.DayOfWeek dayOfWeek = java.time.DayOfWeek.valueOf(day.getDay().name());
            if (week.containsKey(dayOfWeek)) {
                throw ApiProblem.invalidField("weeklyHours[" + i + "].day", day.getDay() + " is listed twice");
            }
            week.put(dayOfWeek, domainIntervals(day.getIntervals(), "weeklyHours[" + i + "].intervals"));
        }
        return week;
    }

    static List<online.pass24.desk.calendar.domain.WorkingInterval> domainIntervals(List<WorkingInterval> intervals, String field) {
        try {
            List<online.pass24.desk.calendar.domain.WorkingInterval> result = new ArrayList<>();
            for (WorkingInterval interval : intervals == null ? List.<WorkingInterval>of() : intervals) {
                result.add(online.pass24.desk.calendar.domain.WorkingInterval.of(interval.getStart(), interval.getEnd()));
            }
            return online.pass24.desk.calendar.domain.WorkingInterval.normalized(result);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw ApiProblem.invalidField(field, e.getMessage());
        }
    }
}
