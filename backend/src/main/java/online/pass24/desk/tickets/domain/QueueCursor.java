package online.pass24.desk.tickets.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * The position of the last ticket of a page in queue order (level, breached, nearest due,
 * received, id): opaque to clients, so the order may change without breaking their code.
 */
public record QueueCursor(short levelRank, short breachedRank, Instant queueDue, Instant receivedAt, UUID id) {

    private static final String VERSION = "q2";

    public String encode() {
        String raw = String.join("|", VERSION, Short.toString(levelRank), Short.toString(breachedRank),
                instant(queueDue), instant(receivedAt), id.toString());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Empty when the text is not a cursor this server issued. */
    public static Optional<QueueCursor> decode(String text) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\|");
            if (parts.length != 6 || !VERSION.equals(parts[0])) {
                return Optional.empty();
            }
            return Optional.of(new QueueCursor(Short.parseShort(parts[1]), Short.parseShort(parts[2]),
                    instant(parts[3]), instant(parts[4]), UUID.fromString(parts[5])));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String instant(Instant instant) {
        return instant.getEpochSecond() + "." + instant.getNano();
    }

    private static Instant instant(String text) {
        String[] parts = text.split("\\.");
        if (parts.length != 2) {
            throw new IllegalArgumentException("not an instant: " + text);
        }
        return Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
    }
}
