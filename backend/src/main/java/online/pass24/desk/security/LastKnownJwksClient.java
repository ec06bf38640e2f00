package online.pass24.desk.security;

import io.micronaut.context.annotation.Primary;
import io.micronaut.security.token.jwt.signature.jwks.JwksClient;
import io.micronaut.security.token.jwt.signature.jwks.ResourceRetrieverJwksClient;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keycloak's signing keys (JWKS) as last fetched, when a refresh fails. Micronaut caches the JWKS
 * for {@code cache-expiration} (60 s) and then fetches it again; if Keycloak is unreachable then,
 * the stock client answers nothing, the key set becomes empty and every token is refused until
 * Keycloak is back. Here the keys fetched before stay in use, and the next refresh tries again;
 * a key Keycloak rotates in is picked up by the first refresh that succeeds.
 */
@Singleton
@Primary
final class LastKnownJwksClient implements JwksClient {

    private static final Logger LOG = LoggerFactory.getLogger(LastKnownJwksClient.class);

    private final JwksClient remote = new ResourceRetrieverJwksClient(Schedulers.boundedElastic());
    private final Map<String, String> lastFetched = new ConcurrentHashMap<>();

    @Override
    public Publisher<String> load(String providerName, String url) {
        return Mono.from(remote.load(providerName, url))
                .doOnNext(jwks -> lastFetched.put(url, jwks))
                .onErrorResume(e -> Mono.empty())
                .switchIfEmpty(Mono.defer(() -> {
                    String known = lastFetched.get(url);
                    if (known != null) {
                        LOG.warn("Keycloak's keys at {} could not be refreshed; the keys fetched before stay in use", url);
                    }
                    return Mono.justOrEmpty(known);
                }));
    }
}
