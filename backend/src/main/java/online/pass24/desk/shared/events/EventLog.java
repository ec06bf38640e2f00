package online.pass24.desk.shared.events;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Appends to the global event log, inside the caller's transaction, so an event exists exactly
 * when the change it describes was committed.
 */
@Singleton
public class EventLog {

    private final EventLogRepository repository;
    private final JsonMapper json;
    private final Clock clock;

    EventLog(EventLogRepository repository, JsonMapper json, Clock clock) {
        this.repository = repository;
        this.json = json;
        this.clock = clock;
    }

    public Mono<Void> append(String type, String subject, Map<String, ?> data) {
        return Mono.defer(() -> repository.append(type, subject, clock.instant(), toJson(data))).then();
    }

    /** One event to append with others. */
    public record Event(String type, String subject, Map<String, ?> data) {
    }

    /** Appends many events with one statement, in their order, as {@link #append} each. */
    public Mono<Void> appendAll(List<Event> events) {
        if (events.isEmpty()) {
            return Mono.empty();
        }
        return Mono.defer(() -> {
            List<Map<String, Object>> rows = events.stream().map(event -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("type", event.type());
                row.put("subject", event.subject());
                row.put("data", event.data());
                return row;
            }).toList();
            return repository.appendAll(toJson(rows), clock.instant());
        }).then();
    }

    private String toJson(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
