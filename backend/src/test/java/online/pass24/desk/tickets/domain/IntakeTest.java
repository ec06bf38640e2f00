package online.pass24.desk.tickets.domain;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class IntakeTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void clocksStartNowWhenNoInstantIsGiven() {
        assertThat(Intake.receivedAt(null, clock)).contains(clock.instant());
    }

    @Test
    void anEarlierEventRelayedByAnotherSystemKeepsItsInstant() {
        Instant earlier = Instant.parse("2026-11-25T15:00:00Z");

        assertThat(Intake.receivedAt(earlier, clock)).contains(earlier);
    }

    @Test
    void anInstantInTheFutureIsRefusedBeyondTheClockSkew() {
        assertThat(Intake.receivedAt(clock.instant().plusSeconds(4), clock)).isPresent();
        assertThat(Intake.receivedAt(clock.instant().plusSeconds(60), clock)).isEmpty();
    }

    @Test
    void emergenciesRankAboveStandardTickets() {
        assertThat(Intake.levelRank(true)).isLessThan(Intake.levelRank(false));
    }
}
