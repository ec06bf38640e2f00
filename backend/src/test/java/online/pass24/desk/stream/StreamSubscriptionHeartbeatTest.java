package online.pass24.desk.stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each stream beats on its own schedule, from when it connected. */
class StreamSubscriptionHeartbeatTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aStreamBeatsOneIntervalAfterItConnectedAndEveryIntervalAfterThat() {
        StreamSubscription stream = new StreamSubscription(null, item -> true, Runnable::run);
        long connected = 1_000 * SECOND;

        assertThat(stream.beatDue(connected, 15 * SECOND)).as("registration only sets the schedule").isFalse();
        assertThat(stream.beatDue(connected + 14 * SECOND, 15 * SECOND)).isFalse();
        assertThat(stream.beatDue(connected + 15 * SECOND, 15 * SECOND)).isTrue();
        assertThat(stream.beatDue(connected + 16 * SECOND, 15 * SECOND)).as("not again before the next interval").isFalse();
        assertThat(stream.beatDue(connected + 30 * SECOND, 15 * SECOND)).isTrue();
    }

    @Test
    void streamsThatConnectedAtDifferentTimesBeatAtDifferentTimes() {
        StreamSubscription early = new StreamSubscription(null, item -> true, Runnable::run);
        StreamSubscription late = new StreamSubscription(null, item -> true, Runnable::run);
        early.beatDue(0, 15 * SECOND);
        late.beatDue(7 * SECOND, 15 * SECOND);

        assertThat(early.beatDue(15 * SECOND, 15 * SECOND)).isTrue();
        assertThat(late.beatDue(15 * SECOND, 15 * SECOND)).isFalse();
        assertThat(late.beatDue(22 * SECOND, 15 * SECOND)).isTrue();
    }
}
