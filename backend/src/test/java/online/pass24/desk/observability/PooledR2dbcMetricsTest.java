package online.pass24.desk.observability;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import online.pass24.desk.support.Api;
import online.pass24.desk.support.KeycloakTokens;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's R2DBC URL is pooled ({@code r2dbc:pool:postgresql://…}), so the pool's gauges
 * are exported: connections acquired, idle, allocated, waiting, and the maximum from
 * {@code options.maxSize}.
 */
@MicronautTest(transactional = false)
class PooledR2dbcMetricsTest {

    @Inject
    EmbeddedServer server;

    @Test
    void thePoolsGaugesAreScraped() {
        Api api = new Api(server);
        assertThat(api.get("/api/v1/tickets", KeycloakTokens.user("agent")).status()).isEqualTo(200);

        Scrape scrape = Scrape.of(api);
        assertThat(scrape.value("r2dbc_pool_max_allocated", "name=\"default\"")).hasValue(40.0);
        assertThat(scrape.value("r2dbc_pool_allocated", "name=\"default\"").orElse(0)).isPositive();
        for (String gauge : new String[] {"r2dbc_pool_acquired", "r2dbc_pool_idle", "r2dbc_pool_pending"}) {
            assertThat(scrape.value(gauge, "name=\"default\"")).as(gauge).isPresent();
        }
    }
}
