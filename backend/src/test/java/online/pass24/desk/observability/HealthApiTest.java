package online.pass24.desk.observability;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import online.pass24.desk.support.Api;
import online.pass24.desk.support.Json;
import online.pass24.desk.support.KeycloakTokens;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The probes: ready with the database and Keycloak, alive without asking either. */
@MicronautTest(transactional = false)
class HealthApiTest {

    @Inject
    EmbeddedServer server;

    @Test
    void readinessIsUpWithTheDatabaseAndKeycloakInItsDetails() {
        Api api = new Api(server);
        Api.Response ready = api.get("/health/readiness", KeycloakTokens.user("agent"));

        assertThat(ready.status()).as(ready.body()).isEqualTo(200);
        JsonNode body = Json.parse(ready.body());
        assertThat(body.get("status").getStringValue()).isEqualTo("UP");
        JsonNode database = body.get("details").get("database");
        assertThat(database.get("status").getStringValue()).isEqualTo("UP");
        assertThat(database.get("details").get("database").getStringValue()).isEqualTo("PostgreSQL");
        JsonNode keycloak = body.get("details").get("keycloak");
        assertThat(keycloak.get("status").getStringValue()).isEqualTo("UP");
        assertThat(keycloak.get("details").get("jwks").getStringValue())
                .endsWith("/realms/emergency-desk/protocol/openid-connect/certs");
        assertThat(keycloak.get("details").get("status").getIntValue()).isEqualTo(200);
    }

    @Test
    void aProbeWithoutATokenGetsTheStatusOnly() {
        Api api = new Api(server);
        for (String path : new String[] {"/health", "/health/readiness", "/health/liveness"}) {
            Api.Response response = api.get(path, null);
            assertThat(response.status()).as(path).isEqualTo(200);
            JsonNode body = Json.parse(response.body());
            assertThat(body.get("status").getStringValue()).isEqualTo("UP");
            assertThat(body.get("details")).as(path).isNull();
        }
    }

    @Test
    void livenessIsUpAndAsksNeitherTheDatabaseNorKeycloak() {
        Api api = new Api(server);
        Api.Response alive = api.get("/health/liveness", KeycloakTokens.user("agent"));

        assertThat(alive.status()).isEqualTo(200);
        JsonNode details = Json.parse(alive.body()).get("details");
        assertThat(details.get("database")).isNull();
        assertThat(details.get("keycloak")).isNull();
    }
}
