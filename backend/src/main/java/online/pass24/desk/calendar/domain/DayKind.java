package online.pass24.desk.calendar.domain;

/** Dated exceptions of the production calendar (производственный календарь). */
public enum DayKind {
    /** A public holiday or a day off moved by decree: not worked. */
    HOLIDAY,
    /** A pre-holiday day: worked, one hour shorter unless hours are given. */
    SHORTENED,
    /** A weekend day that is worked (перенесённый рабочий день). */
    WORKING_DAY
}
