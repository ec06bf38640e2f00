package online.pass24.desk.tickets.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class QueueCursorTest {

    @Test
    void aCursorSurvivesTheRoundTripToTheNanosecond() {
        QueueCursor cursor = new QueueCursor((short) 0, (short) 1, Instant.parse("9999-12-31T00:00:00Z"),
                Instant.parse("2026-03-07T08:59:59.123456789Z"), UUID.randomUUID());

        assertThat(QueueCursor.decode(cursor.encode())).contains(cursor);
    }

    @Test
    void textThatIsNotACursorIsRejected() {
        assertThat(QueueCursor.decode("garbage!")).isEmpty();
        assertThat(QueueCursor.decode("bm90LWEtY3Vyc29y")).isEmpty();
        assertThat(QueueCursor.decode("")).isEmpty();
    }
}
