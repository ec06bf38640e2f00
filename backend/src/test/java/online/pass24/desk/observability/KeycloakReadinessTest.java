package online.pass24.desk.observability;

import io.micronaut.management.health.indicator.HealthResult;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The Keycloak check: DOWN when unreachable, or only UNKNOWN when Keycloak is not required; kept a few seconds. */
class KeycloakReadinessTest {

    private static HealthResult check(KeycloakReadiness readiness) {
        return Mono.from(readiness.getResult()).block(Duration.ofSeconds(5));
    }

    @Test
    void anUnreachableKeycloakIsDownWhenRequiredAndUnknownWhenNot() {
        KeycloakReadiness required = new KeycloakReadiness("http://127.0.0.1:9", "emergency-desk",
                Duration.ofMillis(500), Duration.ofSeconds(5), true);
        KeycloakReadiness tolerated = new KeycloakReadiness("http://127.0.0.1:9", "emergency-desk",
                Duration.ofMillis(500), Duration.ofSeconds(5), false);

        assertThat(check(required).getStatus().getName()).isEqualTo("DOWN");
        assertThat(check(tolerated).getStatus().getName()).isEqualTo("UNKNOWN");
        assertThat(String.valueOf(check(tolerated).getDetails()))
                .contains("http://127.0.0.1:9/realms/emergency-desk/protocol/openid-connect/certs");
    }

    @Test
    void theAnswerIsKeptForAWhile() {
        KeycloakReadiness readiness = new KeycloakReadiness("http://127.0.0.1:9", "emergency-desk",
                Duration.ofMillis(500), Duration.ofMinutes(1), true);

        HealthResult first = check(readiness);
        long started = System.nanoTime();
        HealthResult again = check(readiness);

        assertThat(again).isSameAs(first);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(100));
    }
}
