package online.pass24.desk.observability;

import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The keys ({@code EM-000123}) of the tickets this instance answered for lately, by id: paths
 * name a ticket by its id, people by its key, so the logs carry both without a query.
 */
@Singleton
public class TicketKeys {

    private static final int REMEMBERED = 10_000;

    private final Map<UUID, String> keys = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, String> eldest) {
            return size() > REMEMBERED;
        }
    };

    public synchronized void remember(UUID id, String key) {
        if (id != null && key != null) {
            keys.put(id, key);
        }
    }

    public synchronized String of(UUID id) {
        return keys.get(id);
    }
}
