package online.pass24.desk.observability;

import io.micronaut.context.annotation.Value;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Ready only while PostgreSQL answers a {@code SELECT 1} over the application's own R2DBC
 * connection factory within a short time: a database that hangs makes the instance unready
 * instead of making the probe hang.
 */
@Singleton
@Readiness
public class DatabaseReadiness implements HealthIndicator {

    static final String NAME = "database";

    private final ConnectionFactory connections;
    private final Duration timeout;

    DatabaseReadiness(ConnectionFactory connections, @Value("${health.database.timeout:2s}") Duration timeout) {
        this.connections = connections;
        this.timeout = timeout;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Mono.defer(() -> {
            long started = System.nanoTime();
            return Mono.usingWhen(Mono.from(connections.create()), DatabaseReadiness::selectOne, Connection::close)
                    .timeout(timeout)
                    .map(one -> {
                        Map<String, Object> details = new LinkedHashMap<>();
                        details.put("database", connections.getMetadata().getName());
                        details.put("responseMs", (System.nanoTime() - started) / 1_000_000);
                        return HealthResult.builder(NAME, HealthStatus.UP).details(details).build();
                    });
        }).onErrorResume(e -> Mono.just(HealthResult.builder(NAME, HealthStatus.DOWN)
                .details(Map.of("error", describe(e))).build()));
    }

    private static Mono<Object> selectOne(Connection connection) {
        return Flux.from(connection.createStatement("SELECT 1").execute())
                .flatMap(result -> result.map((row, meta) -> row.get(0)))
                .next();
    }

    static String describe(Throwable e) {
        if (e instanceof java.util.concurrent.TimeoutException) {
            return "no answer in time";
        }
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
