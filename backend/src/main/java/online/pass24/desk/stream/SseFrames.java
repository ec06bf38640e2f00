package online.pass24.desk.stream;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Server-sent event frames as the bytes that go on the wire (the WHATWG event-stream format).
 * A stream event is encoded once per audience and the same bytes are written to every
 * subscriber's connection, instead of an encode per subscriber.
 */
final class SseFrames {

    static final byte[] HEARTBEAT = comment("heartbeat");

    private SseFrames() {
    }

    /** {@code id:}, {@code event:} and one {@code data:} line per line of {@code data}. */
    static byte[] event(String id, String name, String data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length() + 64);
        if (id != null) {
            field(out, "id: ", id);
        }
        if (name != null) {
            field(out, "event: ", name);
        }
        int start = 0;
        while (true) {
            int end = data.indexOf('\n', start);
            field(out, "data: ", end < 0 ? data.substring(start) : data.substring(start, end));
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        out.write('\n');
        return out.toByteArray();
    }

    /** A comment line: not an event, ignored by clients, keeps the connection visibly alive. */
    static byte[] comment(String text) {
        return (": " + text + "\n\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The opening comment with the reconnection delay clients are to use. */
    static byte[] opening(String text, Duration retry) {
        return (": " + text + "\nretry: " + retry.toMillis() + "\n\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void field(ByteArrayOutputStream out, String prefix, String value) {
        out.writeBytes(prefix.getBytes(StandardCharsets.US_ASCII));
        // a field value ends at the line end: a stray CR or LF would start a field of its own
        out.writeBytes(value.replace("\r", "").replace("\n", "").getBytes(StandardCharsets.UTF_8));
        out.write('\n');
    }
}
