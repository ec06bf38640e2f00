package online.pass24.desk.tickets.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * The position of the last ticket of a page in queue order (level rank, received instant, id):
 * opaque to clients, so the order may change without breaking their pagination code.
 */
public record QueueCursor(int levelRank, Instant receivedAt, UUID id) {

    private static final String VERSION = "q1";

    public String encode() {
        String raw = VERSION + "|" + levelRank + "|" + receivedAt.getEpochSecond() + "." + receivedAt.getNano() + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Empty when the text is not a cursor this server issued. */
    public static Optional<QueueCursor> decode(String text) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\|");
            if (parts.length != 4 || !VERSION.equals(parts[0])) {
                return Optional.empty();
            }
            String[] instant = parts[2].split("\\.");
            if (instant.length != 2) {
                return Optional.empty();
            }
            return Optional.of(new QueueCursor(
                    Integer.parseInt(parts[1]),
                    Instant.ofEpochSecond(Long.parseLong(instant[0]), Long.parseLong(instant[1])),
                    UUID.fromString(parts[3])));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
