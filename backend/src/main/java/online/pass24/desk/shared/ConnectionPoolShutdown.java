package online.pass24.desk.shared;

import io.micronaut.context.annotation.Context;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Wrapped;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * Closes the R2DBC connection pool when the application context stops. Micronaut does not
 * dispose the pool its {@code r2dbc:pool:} URL creates, so without this every stopped context
 * (a test's, a restarted instance in the same JVM) would leave its connections open until
 * PostgreSQL runs out of them.
 */
@Context
class ConnectionPoolShutdown {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionPoolShutdown.class);

    private final ConnectionFactory connections;

    ConnectionPoolShutdown(ConnectionFactory connections) {
        this.connections = connections;
    }

    @PreDestroy
    void close() {
        for (Object candidate = connections; candidate != null; ) {
            if (candidate instanceof ConnectionPool pool) {
                try {
                    pool.disposeLater().block(Duration.ofSeconds(10));
                } catch (RuntimeException e) {
                    LOG.warn("Closing the database connection pool failed: {}", e.getMessage());
                }
                return;
            }
            candidate = candidate instanceof Wrapped<?> wrapped ? wrapped.unwrap() : null;
        }
    }
}
