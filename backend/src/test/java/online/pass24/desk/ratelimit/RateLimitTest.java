package online.pass24.desk.ratelimit;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import online.pass24.desk.support.Api;
import online.pass24.desk.support.Json;
import online.pass24.desk.support.KeycloakTokens;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each caller has a budget; beyond it, 429 with Retry-After, and other callers are unaffected. */
@MicronautTest(transactional = false)
@Property(name = "rate-limit.burst", value = "3")
@Property(name = "rate-limit.per-second", value = "1")
class RateLimitTest {

    @Inject
    EmbeddedServer server;

    @Test
    void aCallerBeyondItsBudgetIsToldWhenToComeBack() {
        Api api = new Api(server);
        String agent = KeycloakTokens.user("agent");
        String lead = KeycloakTokens.user("lead");

        int ok = 0;
        Api.Response limited = null;
        for (int i = 0; i < 10 && limited == null; i++) {
            Api.Response response = api.get("/api/v1/me", agent);
            if (response.status() == 429) {
                limited = response;
            } else {
                assertThat(response.status()).isEqualTo(200);
                ok++;
            }
        }

        assertThat(ok).isBetween(3, 5);
        assertThat(limited).isNotNull();
        assertThat(limited.contentType()).startsWith("application/problem+json");
        assertThat(Json.parse(limited.body()).get("type").getStringValue()).endsWith("/rate-limited");
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 2);
        assertThat(api.get("/api/v1/me", lead).status()).isEqualTo(200);
    }
}
