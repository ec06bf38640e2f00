package online.pass24.desk.observability;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import online.pass24.desk.support.Api;
import online.pass24.desk.support.Json;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An instance that cannot reach Keycloak is not ready, and still alive: restarting it would not help. */
@MicronautTest(transactional = false)
@Property(name = "keycloak.url", value = "http://127.0.0.1:9")
@Property(name = "health.keycloak.timeout", value = "500ms")
class KeycloakDownTest {

    @Inject
    EmbeddedServer server;

    @Inject
    KeycloakReadiness keycloak;

    @Test
    void readinessIsDownAndLivenessUp() {
        Api api = new Api(server);

        Api.Response ready = api.get("/health/readiness", null);
        assertThat(ready.status()).as(ready.body()).isEqualTo(503);
        assertThat(Json.parse(ready.body()).get("status").getStringValue()).isEqualTo("DOWN");

        Api.Response alive = api.get("/health/liveness", null);
        assertThat(alive.status()).isEqualTo(200);
        assertThat(Json.parse(alive.body()).get("status").getStringValue()).isEqualTo("UP");
    }

    @Test
    void theKeycloakCheckSaysWhatFailed() {
        var result = reactor.core.publisher.Mono.from(keycloak.getResult()).block(java.time.Duration.ofSeconds(5));

        assertThat(result.getStatus().getName()).isEqualTo("DOWN");
        assertThat(String.valueOf(result.getDetails())).contains("127.0.0.1:9").contains("error");
    }
}
