package online.pass24.desk.sla.domain;

import online.pass24.desk.calendar.domain.BusinessCalendar;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SlaTimerTest {

    private static final BusinessCalendar MOSCOW_OFFICE =
            new BusinessCalendar(ZoneId.of("Europe/Moscow"), BusinessCalendar.officeWeek(), List.of());
    private static final Instant TUESDAY_10 = Instant.parse("2026-11-24T07:00:00Z");

    @Test
    void theDueInstantIsTheTargetInBusinessTime() {
        SlaTimer timer = SlaTimer.start(Metric.RESOLUTION, Instant.parse("2026-11-24T13:00:00Z"), 240, MOSCOW_OFFICE); // 16:00

        assertThat(timer.dueAt()).isEqualTo(Instant.parse("2026-11-25T08:00:00Z")); // 2 h today, 2 h tomorrow: 11:00
    }

    @Test
    void warningsFallAtTheirShareOfTheTarget() {
        SlaTimer timer = SlaTimer.start(Metric.FIRST_CONTACT, TUESDAY_10, 15, MOSCOW_OFFICE);

        assertThat(timer.thresholds(List.of(50, 80), MOSCOW_OFFICE)).extracting(SlaTimer.Threshold::at).containsExactly(
                TUESDAY_10.plusSeconds(450), TUESDAY_10.plusSeconds(720), TUESDAY_10.plusSeconds(900));
    }

    @Test
    void stoppingInTimeIsMetAndLateIsBreached() {
        SlaTimer inTime = SlaTimer.start(Metric.FIRST_CONTACT, TUESDAY_10, 15, MOSCOW_OFFICE);
        inTime.stop(TUESDAY_10.plusSeconds(600), MOSCOW_OFFICE);
        SlaTimer late = SlaTimer.start(Metric.FIRST_CONTACT, TUESDAY_10, 15, MOSCOW_OFFICE);
        late.stop(TUESDAY_10.plusSeconds(1000), MOSCOW_OFFICE);

        assertThat(inTime.view(TUESDAY_10.plusSeconds(5000), MOSCOW_OFFICE).state()).isEqualTo(TimerState.MET);
        assertThat(late.view(TUESDAY_10.plusSeconds(5000), MOSCOW_OFFICE).state()).isEqualTo(TimerState.BREACHED);
        assertThat(late.breachedAt()).isEqualTo(late.dueAt());
    }

    @Test
    void pausedBusinessTimeShiftsTheDueInstantExactly() {
        SlaTimer timer = SlaTimer.start(Metric.RESOLUTION, TUESDAY_10, 60, MOSCOW_OFFICE);
        Instant dueBefore = timer.dueAt();

        timer.pause(TUESDAY_10.plusSeconds(600));
        TimerView paused = timer.view(TUESDAY_10.plusSeconds(3000), MOSCOW_OFFICE);
        timer.resume(TUESDAY_10.plusSeconds(2400), MOSCOW_OFFICE);

        assertThat(paused.state()).isEqualTo(TimerState.PAUSED);
        assertThat(paused.businessSecondsRemaining()).isEqualTo(3000);
        assertThat(timer.dueAt()).isEqualTo(dueBefore.plusSeconds(1800));
    }

    @Test
    void anExtensionKeepsTheBreachAndMovesTheDueInstant() {
        SlaTimer timer = SlaTimer.start(Metric.RESOLUTION, TUESDAY_10, 60, MOSCOW_OFFICE);
        int generation = timer.generation();
        timer.markBreached();

        timer.retarget(120, true, MOSCOW_OFFICE);

        assertThat(timer.breachedAt()).isEqualTo(TUESDAY_10.plusSeconds(3600));
        assertThat(timer.dueAt()).isEqualTo(TUESDAY_10.plusSeconds(7200));
        assertThat(timer.extended()).isTrue();
        assertThat(timer.generation()).isGreaterThan(generation);
        assertThat(timer.view(TUESDAY_10.plusSeconds(3700), MOSCOW_OFFICE).state()).isEqualTo(TimerState.RUNNING);
    }

    @Test
    void stoppingAPausedClockDoesNotCountThePause() {
        SlaTimer timer = SlaTimer.start(Metric.RESOLUTION, TUESDAY_10, 60, MOSCOW_OFFICE);
        timer.pause(TUESDAY_10.plusSeconds(600));

        timer.stop(TUESDAY_10.plusSeconds(7200), MOSCOW_OFFICE);

        assertThat(timer.view(TUESDAY_10.plusSeconds(9000), MOSCOW_OFFICE).state()).isEqualTo(TimerState.MET);
        assertThat(timer.view(TUESDAY_10.plusSeconds(9000), MOSCOW_OFFICE).percentElapsed()).isEqualTo(16.7);
    }

    @Test
    void aDowngradeJudgesAStoppedClockAgainstTheNewTarget() {
        SlaTimer firstContact = SlaTimer.start(Metric.FIRST_CONTACT, TUESDAY_10, 15, MOSCOW_OFFICE);
        firstContact.stop(TUESDAY_10.plusSeconds(1800), MOSCOW_OFFICE);
        assertThat(firstContact.breachedAt()).isNotNull();

        firstContact.rebase(TUESDAY_10, 240, MOSCOW_OFFICE);

        assertThat(firstContact.breachedAt()).isNull();
        assertThat(firstContact.view(TUESDAY_10.plusSeconds(9000), MOSCOW_OFFICE).state()).isEqualTo(TimerState.MET);
    }

    @Test
    void percentAndRemainingCountOnlyWorkingTime() {
        SlaTimer timer = SlaTimer.start(Metric.RESOLUTION, Instant.parse("2026-11-24T14:00:00Z"), 240, MOSCOW_OFFICE); // 17:00

        TimerView overnight = timer.view(Instant.parse("2026-11-24T23:00:00Z"), MOSCOW_OFFICE); // 02:00 next day

        assertThat(overnight.businessSecondsRemaining()).isEqualTo(3 * 3600);
        assertThat(overnight.percentElapsed()).isEqualTo(25.0);
    }
}
