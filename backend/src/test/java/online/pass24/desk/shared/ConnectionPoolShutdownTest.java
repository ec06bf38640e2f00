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

    private static final String R2DBC_CONNECTIONS = """
            SELECT count(*) FROM pg_stat_activity
            WHERE datname = current_database() AND application_name = 'r2dbc-postgresql'""";

    @Inject
    Database database;

    @Test
    void aStoppedInstanceLeavesNoConnectionOpen() throws InterruptedException {
        long before = database.count(R2DBC_CONNECTIONS);
        String agent = KeycloakTokens.user("agent");
        for (int i = 0; i < 3; i++) {
            try (EmbeddedServer other = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", "-1"), "test")) {
                assertThat(new Api(other).get("/api/v1/tickets", agent).status()).isEqualTo(200);
                assertThat(database.count(R2DBC_CONNECTIONS)).isGreaterThan(before);
            }
        }
        long deadline = System.currentTimeMillis() + 5_000;
        while (database.count(R2DBC_CONNECTIONS) > before && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(database.count(R2DBC_CONNECTIONS)).isLessThanOrEqualTo(before);
    }
}
