package online.pass24.desk.problem;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import jakarta.inject.Inject;
import online.pass24.desk.support.Api;
import online.pass24.desk.support.Json;
import online.pass24.desk.support.KeycloakTokens;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When no database connection can be had in time (every pooled one busy, or PostgreSQL away), the
 * caller gets 503 service-unavailable with Retry-After, not an internal error: the request was
 * fine and the same request succeeds later.
 */
@MicronautTest(transactional = false)
@Property(name = "r2dbc.datasources.default.options.maxSize", value = "1")
@Property(name = "r2dbc.datasources.default.options.initialSize", value = "1")
@Property(name = "r2dbc.datasources.default.options.maxAcquireTime", value = "PT0.5S")
@Property(name = "sla.scheduler.enabled", value = "false")
class DatabaseUnavailableTest {

    @Inject
    EmbeddedServer server;

    @Inject
    ConnectionFactory connections;

    @Test
    void aRequestThatGetsNoConnectionInTimeIsAskedToComeBackLater() {
        Api api = new Api(server);
        String agent = KeycloakTokens.user("agent");
        Connection held = Mono.from(connections.create()).block(Duration.ofSeconds(5));
        try {
            Api.Response refused = api.get("/api/v1/tickets", agent);

            assertThat(refused.status()).as(refused.body()).isEqualTo(503);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.header("Retry-After")).isEqualTo("5");
            assertThat(Json.parse(refused.body()).get("type").getStringValue())
                    .isEqualTo("https://emergency-desk.pass24.online/problems/service-unavailable");
        } finally {
            Mono.from(held.close()).block(Duration.ofSeconds(5));
        }
        assertThat(api.get("/api/v1/tickets", agent).status()).isEqualTo(200);
    }
}
