package online.pass24.desk.security;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import online.pass24.desk.support.Api;
import online.pass24.desk.support.Json;
import online.pass24.desk.support.KeycloakTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which tokens the backend accepts: only this realm's, signed by its keys, unmodified. */
@MicronautTest(transactional = false)
class TokenValidationTest {

    @Inject
    EmbeddedServer server;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(server);
    }

    @Test
    void aPasswordGrantTokenNamesThePersonAndTheirRealmRoles() {
        Api.Response response = api.get("/api/v1/me", KeycloakTokens.user("lead"));

        assertThat(response.status()).isEqualTo(200);
        JsonNode me = Json.parse(response.body());
        assertThat(me.get("username").getStringValue()).isEqualTo("lead");
        assertThat(roles(me)).containsExactlyInAnyOrder("lead", "agent");
        assertThat(me.get("email").getStringValue()).isNotBlank();
    }

    @Test
    void aClientCredentialsTokenNamesTheIntegrationAndItsOrganisation() {
        Api.Response response = api.get("/api/v1/me",
                KeycloakTokens.integration("integration-demo", "integration-demo-secret"));

        assertThat(response.status()).isEqualTo(200);
        JsonNode me = Json.parse(response.body());
        assertThat(roles(me)).containsExactly("integration");
        assertThat(me.get("organization").getStringValue()).isEqualTo("demo-client");
    }

    @Test
    void aTamperedTokenIsRefused() {
        String[] parts = KeycloakTokens.user("agent").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"agent\"", "\"lead\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        Api.Response response = api.get("/api/v1/me", forged);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String[] parts = KeycloakTokens.user("agent").split("\\.");
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(api.get("/api/v1/me", header + "." + parts[1] + ".").status()).isEqualTo(401);
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() {
        assertThat(api.get("/api/v1/me", KeycloakTokens.masterRealmAdmin()).status()).isEqualTo(401);
    }

    @Test
    void healthNeedsNoToken() {
        assertThat(api.get("/health", null).status()).isEqualTo(200);
    }

    private static List<String> roles(JsonNode me) {
        List<String> roles = new ArrayList<>();
        me.get("roles").values().forEach(role -> roles.add(role.getStringValue()));
        return roles;
    }
}
