package online.pass24.desk.stream;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One event of the stream as every subscriber gets it: the JSON and its wire frame are written
 * once per event, and the summary-grade copy a wallboard gets (no texts) once, when first asked
 * for.
 */
final class StreamItem {

    /** What a wallboard may see of an event's data. */
    private static final Set<String> SUMMARY_FIELDS = Set.of("ticketId", "key", "level", "status", "metric", "threshold",
            "dueAt", "announcedAt", "escalationId", "severity", "before");

    final long seq;
    final String type;
    final Instant occurredAt;
    final UUID ticketId;
    final String organization;
    private final String data;
    /** Read on every delivery without a lock: at worst two threads encode the same frame once each. */
    private volatile byte[] fullFrame;
    private volatile byte[] summaryFrame;

    StreamItem(long seq, String type, Instant occurredAt, UUID ticketId, String organization, String data) {
        this.seq = seq;
        this.type = type;
        this.occurredAt = occurredAt;
        this.ticketId = ticketId;
        this.organization = organization;
        this.data = data;
    }

    static StreamItem of(StreamRepository.Row row) {
        return new StreamItem(row.seq(), row.type(), row.occurredAt(), row.ticketId(), row.organization(), row.data());
    }

    /** Whether a wallboard may see events of this type at all. */
    boolean summaryGrade() {
        return type.startsWith("ticket.") || type.startsWith("sla.") || type.startsWith("escalation.");
    }

    /** The event's JSON for one audience: everything, or the summary-grade fields only. */
    private String json(JsonMapper mapper, boolean summaryOnly) {
        if (!summaryOnly) {
            return envelope(data);
        }
        try {
            Map<String, Object> all = mapper.readValue(data, Argument.mapOf(String.class, Object.class));
            Map<String, Object> kept = new LinkedHashMap<>();
            all.forEach((k, v) -> {
                if (SUMMARY_FIELDS.contains(k)) {
                    kept.put(k, v);
                }
            });
            return envelope(new String(mapper.writeValueAsBytes(kept), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The event as its wire frame for one audience, encoded on first use and then shared. */
    byte[] frame(JsonMapper mapper, boolean summaryOnly) {
        byte[] frame = summaryOnly ? summaryFrame : fullFrame;
        if (frame == null) {
            frame = SseFrames.event(Long.toString(seq), type, json(mapper, summaryOnly));
            if (summaryOnly) {
                summaryFrame = frame;
            } else {
                fullFrame = frame;
            }
        }
        return frame;
    }

    private String envelope(String dataJson) {
        return "{\"id\":" + seq + ",\"type\":\"" + type + "\",\"occurredAt\":\"" + occurredAt + "\""
                + (ticketId == null ? "" : ",\"ticketId\":\"" + ticketId + "\"") + ",\"data\":" + dataJson + "}";
    }
}
