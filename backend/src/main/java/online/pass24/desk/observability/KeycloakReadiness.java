package online.pass24.desk.observability;

import io.micronaut.context.annotation.Value;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Ready only while Keycloak serves the realm's signing keys (the JWKS tokens are checked
 * against). The answer is kept a few seconds, so frequent probes of many instances cost
 * Keycloak one request per instance per period.
 * <p>
 * Keycloak is shared by every replica, and tokens already issued keep validating from the cached
 * JWKS while it is away: with {@code health.keycloak.required=false} an unreachable Keycloak is
 * reported as UNKNOWN (HTTP 200) instead of DOWN, so an outage of Keycloak stops new logins
 * without also taking every replica out of its load balancer.
 */
@Singleton
@Readiness
public class KeycloakReadiness implements HealthIndicator {

    static final String NAME = "keycloak";

    private final URI jwks;
    private final Duration timeout;
    private final Duration keep;
    private final HttpClient http;
    private final HealthStatus failed;
    private volatile Checked last;

    private record Checked(HealthResult result, long atNanos) {
    }

    KeycloakReadiness(@Value("${keycloak.url}") String url, @Value("${keycloak.realm}") String realm,
                      @Value("${health.keycloak.timeout:2s}") Duration timeout,
                      @Value("${health.keycloak.cache:5s}") Duration keep,
                      @Value("${health.keycloak.required:true}") boolean required) {
        this.jwks = URI.create(url.replaceAll("/+$", "") + "/realms/" + realm + "/protocol/openid-connect/certs");
        this.timeout = timeout;
        this.keep = keep;
        this.failed = required ? HealthStatus.DOWN : HealthStatus.UNKNOWN;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public Publisher<HealthResult> getResult() {
        Checked checked = last;
        if (checked != null && System.nanoTime() - checked.atNanos() < keep.toNanos()) {
            return Mono.just(checked.result());
        }
        HttpRequest request = HttpRequest.newBuilder(jwks).timeout(timeout).GET().build();
        return Mono.fromFuture(() -> http.sendAsync(request, HttpResponse.BodyHandlers.discarding()))
                .timeout(timeout)
                .map(response -> response.statusCode() == 200
                        ? result(HealthStatus.UP, "status", response.statusCode())
                        : result(failed, "status", response.statusCode()))
                .onErrorResume(e -> Mono.just(result(failed, "error", DatabaseReadiness.describe(e))))
                .doOnNext(result -> last = new Checked(result, System.nanoTime()));
    }

    private HealthResult result(HealthStatus status, String key, Object value) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("jwks", jwks.toString());
        details.put(key, value);
        return HealthResult.builder(NAME, status).details(details).build();
    }
}
