package online.pass24.desk.shared.events;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
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

    private String toJson(Map<String, ?> data) {
        try {
            return json.writeValueAsString(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
