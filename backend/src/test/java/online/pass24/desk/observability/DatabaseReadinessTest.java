package online.pass24.desk.observability;

import io.micronaut.management.health.indicator.HealthResult;
import io.r2dbc.postgresql.PostgresqlConnectionConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The database check answers DOWN in time when PostgreSQL is not there, instead of hanging the probe. */
class DatabaseReadinessTest {

    @Test
    void noDatabaseMeansDownWithTheReason() {
        PostgresqlConnectionFactory nowhere = new PostgresqlConnectionFactory(PostgresqlConnectionConfiguration.builder()
                .host("127.0.0.1").port(9).database("none").username("nobody").build());
        DatabaseReadiness readiness = new DatabaseReadiness(nowhere, Duration.ofMillis(500));

        long started = System.nanoTime();
        HealthResult result = Mono.from(readiness.getResult()).block(Duration.ofSeconds(5));

        assertThat(result.getStatus().getName()).isEqualTo("DOWN");
        assertThat(String.valueOf(result.getDetails())).contains("error");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }
}
