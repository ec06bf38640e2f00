package online.pass24.desk.observability;

import com.sun.net.httpserver.HttpServer;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import online.pass24.desk.support.Api;
import online.pass24.desk.support.KeycloakTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** Tracing is switched on by configuration alone: name the OTLP exporter and its endpoint, and spans arrive there. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TracingSwitchTest implements TestPropertyProvider {

    private final List<String> received = new CopyOnWriteArrayList<>();
    private HttpServer collector;

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        try {
            collector = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        collector.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        collector.start();
        // what OTEL_TRACES_EXPORTER=otlp and OTEL_EXPORTER_OTLP_ENDPOINT=… say in production
        return Map.of("otel.traces.exporter", "otlp",
                "otel.exporter.otlp.endpoint", "http://127.0.0.1:" + collector.getAddress().getPort(),
                "otel.bsp.schedule.delay", "100");
    }

    @AfterAll
    void stopCollector() {
        collector.stop(0);
    }

    @Test
    void aServedRequestBecomesASpanSentOverOtlp() throws Exception {
        Api.Response response = new Api(server).get("/api/v1/tickets", KeycloakTokens.user("agent"));
        assertThat(response.status()).isEqualTo(200);

        long deadline = System.currentTimeMillis() + 15_000;
        while (received.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(received).contains("POST /v1/traces");
    }
}
