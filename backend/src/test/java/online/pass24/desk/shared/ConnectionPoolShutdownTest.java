package online.pass24.desk.shared;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import online.pass24.desk.support.Api;
import online.pass24.desk.support.Database;
import online.pass24.desk.support.KeycloakTokens;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An instance that stops closes its database connections: three starts and stops leave none behind. */
@MicronautTest(transactional = false)
class ConnectionPoolShutdownTest {

    /** The other instances' pools name their connections, apart from this test's own context. */
    private static final String NAME = "pool-shutdown-test";
    private static final String CONNECTIONS = """
            SELECT count(*) FROM pg_stat_activity
            WHERE datname = current_database() AND application_name = '%s'""".formatted(NAME);

    @Inject
    Database database;

    @Test
    void aStoppedInstanceLeavesNoConnectionOpen() throws InterruptedException {
        String agent = KeycloakTokens.user("agent");
        for (int i = 0; i < 3; i++) {
            try (EmbeddedServer other = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", "-1",
                    "r2dbc.datasources.default.options.applicationName", NAME), "test")) {
                assertThat(new Api(other).get("/api/v1/tickets", agent).status()).isEqualTo(200);
                assertThat(database.count(CONNECTIONS)).isPositive();
            }
        }
        long deadline = System.currentTimeMillis() + 5_000;
        while (database.count(CONNECTIONS) > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(database.count(CONNECTIONS)).isZero();
    }
}
