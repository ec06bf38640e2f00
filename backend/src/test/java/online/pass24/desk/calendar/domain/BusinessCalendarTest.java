package online.pass24.desk.calendar.domain;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BusinessCalendarTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Test
    void aShortenedDayLosesItsLastHour() {
        BusinessCalendar calendar = new BusinessCalendar(MOSCOW, BusinessCalendar.officeWeek(),
                List.of(DayException.of(LocalDate.of(2026, 11, 3), DayKind.SHORTENED)));

        assertThat(calendar.hoursOn(LocalDate.of(2026, 11, 3))).containsExactly(WorkingInterval.of("09:00", "17:00"));
    }

    @Test
    void shorteningEatsIntoEarlierIntervalsWhenTheLastIsShort() {
        List<WorkingInterval> day = List.of(WorkingInterval.of("09:00", "13:00"), WorkingInterval.of("17:30", "18:00"));

        assertThat(BusinessCalendar.shortened(day)).containsExactly(WorkingInterval.of("09:00", "12:30"));
        assertThat(BusinessCalendar.shortened(List.of(WorkingInterval.of("09:00", "13:00"), WorkingInterval.of("14:00", "18:00"))))
                .containsExactly(WorkingInterval.of("09:00", "13:00"), WorkingInterval.of("14:00", "17:00"));
    }

    @Test
    void aShortenedSaturdayIsWorkedAsAShortStandardDay() {
        BusinessCalendar calendar = new BusinessCalendar(MOSCOW, BusinessCalendar.officeWeek(),
                List.of(DayException.of(LocalDate.of(2025, 11, 1), DayKind.SHORTENED)));

        assertThat(calendar.hoursOn(LocalDate.of(2025, 11, 1))).containsExactly(WorkingInterval.of("09:00", "17:00"));
        assertThat(calendar.hoursOn(LocalDate.of(2025, 11, 2))).isEmpty();
    }

    @Test
    void aWorkedWeekendDayTakesTheStandardHoursUnlessGivenItsOwn() {
        BusinessCalendar calendar = new BusinessCalendar(MOSCOW, BusinessCalendar.officeWeek(), List.of(
                DayException.of(LocalDate.of(2026, 11, 28), DayKind.WORKING_DAY),
                new DayException(LocalDate.of(2026, 11, 29), DayKind.WORKING_DAY, List.of(WorkingInterval.of("10:00", "14:00")), "")));

        assertThat(calendar.hoursOn(LocalDate.of(2026, 11, 28))).containsExactly(WorkingInterval.of("09:00", "18:00"));
        assertThat(calendar.hoursOn(LocalDate.of(2026, 11, 29))).containsExactly(WorkingInterval.of("10:00", "14:00"));
    }

    @Test
    void theRegulationsFourHoursAcrossAHolidayWeekend() {
        BusinessCalendar calendar = new BusinessCalendar(MOSCOW, BusinessCalendar.officeWeek(), List.of(
                DayException.of(LocalDate.of(2026, 11, 3), DayKind.SHORTENED),
                DayException.of(LocalDate.of(2026, 11, 4), DayKind.HOLIDAY)));
        Instant received = Instant.parse("2026-11-03T12:00:00Z"); // 15:00 in Moscow

        Instant due = BusinessTime.add(received, Duration.ofHours(4), calendar);

        assertThat(due).isEqualTo(Instant.parse("2026-11-05T08:00:00Z")); // 11:00 on Thursday
        assertThat(BusinessTime.between(received, due, calendar)).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void twentyFourSevenCountsEveryHourEvenAcrossDaylightSaving() {
        BusinessCalendar berlin = BusinessCalendar.allTheTime(ZoneId.of("Europe/Berlin"));
        Instant beforeChange = Instant.parse("2026-03-28T23:00:00Z");

        assertThat(berlin.add(beforeChange, Duration.ofHours(5))).isEqualTo(Instant.parse("2026-03-29T04:00:00Z"));
    }

    @Test
    void inconsistentDefinitionsAreRefused() {
        assertThatThrownBy(() -> WorkingInterval.of("18:00", "09:00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkingInterval.parseList("09:00-13:00,12:00-18:00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DayException(LocalDate.of(2026, 1, 1), DayKind.HOLIDAY,
                List.of(WorkingInterval.of("09:00", "10:00")), "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BusinessCalendar(MOSCOW, Map.of(DayOfWeek.MONDAY, List.of()), List.of())
                .add(Instant.parse("2026-01-01T00:00:00Z"), Duration.ofMinutes(1))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void workingIntervalsRoundTripThroughText() {
        assertThat(WorkingInterval.format(WorkingInterval.parseList("14:00-18:00, 09:00-13:00"))).isEqualTo("09:00-13:00,14:00-18:00");
        assertThat(WorkingInterval.parseList("00:00-24:00")).containsExactly(WorkingInterval.wholeDay());
        assertThat(WorkingInterval.format(List.of(WorkingInterval.wholeDay()))).isEqualTo("00:00-24:00");
    }
}
