package online.pass24.desk.stream;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The bytes a client's event-stream parser reads: one event, one frame, whatever its data holds. */
class SseFramesTest {

    @Test
    void anEventCarriesItsIdTypeAndDataAndEndsWithABlankLine() {
        assertThat(text(SseFrames.event("42", "ticket.created", "{\"key\":\"ED-1\",\"title\":\"Шлагбаум\"}")))
                .isEqualTo("id: 42\nevent: ticket.created\ndata: {\"key\":\"ED-1\",\"title\":\"Шлагбаум\"}\n\n");
    }

    @Test
    void dataOfSeveralLinesIsSentAsSeveralDataLinesOfOneEvent() {
        assertThat(text(SseFrames.event(null, "wallboard", "first\nsecond\n")))
                .isEqualTo("event: wallboard\ndata: first\ndata: second\ndata: \n\n");
    }

    @Test
    void aLineBreakInAnIdOrTypeCannotStartAFieldOfItsOwn() {
        assertThat(text(SseFrames.event("7\r\ndata: forged", "a\nb", "{}")))
                .isEqualTo("id: 7data: forged\nevent: ab\ndata: {}\n\n");
    }

    @Test
    void commentsAndTheOpeningAreNotEvents() {
        assertThat(text(SseFrames.HEARTBEAT)).isEqualTo(": heartbeat\n\n");
        assertThat(text(SseFrames.opening("connected", Duration.ofSeconds(3)))).isEqualTo(": connected\nretry: 3000\n\n");
    }

    private static String text(byte[] frame) {
        return new String(frame, StandardCharsets.UTF_8);
    }
}
