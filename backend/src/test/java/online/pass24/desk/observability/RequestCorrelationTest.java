package online.pass24.desk.observability;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.micronaut.context.annotation.Property;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import online.pass24.desk.support.Api;
import online.pass24.desk.support.Database;
import online.pass24.desk.support.Json;
import online.pass24.desk.support.KeycloakTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Every request has an id, echoed back and in each of its log lines, with the ticket it concerns. */
@MicronautTest(transactional = false)
@Property(name = "observability.probe", value = "true")
@Property(name = "logger.levels.desk.access", value = "INFO")
class RequestCorrelationTest {

    @Inject
    EmbeddedServer server;

    @Inject
    Database database;

    Api api;
    String agent;

    @BeforeEach
    void setUp() {
        api = new Api(server);
        agent = KeycloakTokens.user("agent");
        database.clearTickets();
    }

    private Api.Response open(String requestId) {
        return api.postWith("/api/v1/tickets", agent, """
                {"clientName":"ООО Ромашка","contactName":"Иван","contactPhone":"+7 900 000-00-00","channel":"PHONE",
                 "level":"EMERGENCY","title":"Сбой СКУД"}""", "X-Request-Id", requestId);
    }

    private static String mdc(ILoggingEvent event, String key) {
        return event.getMDCPropertyMap().get(key);
    }

    @Test
    void theCallersRequestIdIsEchoed() {
        Api.Response created = open("intake-7f3a");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("X-Request-Id")).isEqualTo("intake-7f3a");
    }

    @Test
    void withoutOneOrWithAnInsaneOneTheServerMakesOne() {
        Api.Response without = api.get("/api/v1/tickets", agent);
        Api.Response forged = api.postWith("/api/v1/tickets", agent, "{}", "X-Request-Id", "x\" level=ERROR");
        Api.Response refused = api.get("/api/v1/tickets", null);

        for (Api.Response response : new Api.Response[] {without, forged, refused}) {
            assertThat(UUID.fromString(response.header("X-Request-Id"))).isNotNull();
        }
        assertThat(refused.status()).isEqualTo(401);
        assertThat(without.header("X-Request-Id")).isNotEqualTo(forged.header("X-Request-Id"));
    }

    @Test
    void theAccessLineCarriesTheRequestIdAndTheTicketKey() throws Exception {
        try (CapturedLogs logs = CapturedLogs.of("desk.access")) {
            Api.Response created = open("create-" + UUID.randomUUID());
            JsonNode ticket = Json.parse(created.body());
            String id = ticket.get("id").getStringValue();
            String key = ticket.get("key").getStringValue();

            ILoggingEvent creation = logs.await(e -> created.header("X-Request-Id").equals(mdc(e, "requestId")));
            assertThat(mdc(creation, "ticketKey")).isEqualTo(key);
            assertThat(mdc(creation, "status")).isEqualTo("201");
            assertThat(creation.getFormattedMessage()).startsWith("POST /api/v1/tickets 201");

            Api.Response timers = api.postWith("/api/v1/tickets/" + id + "/contact", agent, "{}", "X-Request-Id", "contact-1");
            ILoggingEvent action = logs.await(e -> "contact-1".equals(mdc(e, "requestId")));
            assertThat(mdc(action, "ticketId")).isEqualTo(id);
            assertThat(mdc(action, "ticketKey")).isEqualTo(key);
            assertThat(mdc(action, "status")).isEqualTo(Integer.toString(timers.status()));
        }
    }

    @Test
    void asAJsonLineTheRequestIdAndTicketKeyAreFieldsOfTheMdc() throws Exception {
        try (CapturedLogs logs = CapturedLogs.of("desk.access")) {
            Api.Response created = open("json-line-1");
            String key = Json.parse(created.body()).get("key").getStringValue();
            ILoggingEvent event = logs.await(e -> "json-line-1".equals(mdc(e, "requestId")));

            LogEncoder encoder = new LogEncoder();
            encoder.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
            encoder.setFormat("json");
            encoder.start();
            String line = new String(encoder.encode(event), StandardCharsets.UTF_8);

            assertThat(line).endsWith("\n").doesNotContain("\n\n");
            JsonNode json = Json.parse(line);
            assertThat(json.get("level").getStringValue()).isEqualTo("INFO");
            assertThat(json.get("loggerName").getStringValue()).isEqualTo("desk.access");
            assertThat(json.get("mdc").get("requestId").getStringValue()).isEqualTo("json-line-1");
            assertThat(json.get("mdc").get("ticketKey").getStringValue()).isEqualTo(key);
            assertThat(json.get("formattedMessage").getStringValue()).startsWith("POST /api/v1/tickets 201");
        }
    }

    @Test
    void theMdcFollowsTheRequestOntoAnotherThread() throws Exception {
        try (CapturedLogs logs = CapturedLogs.of("desk.probe")) {
            Api.Response hop = api.get("/observability-probe", null, "text/plain");

            assertThat(hop.status()).isEqualTo(200);
            ILoggingEvent line = logs.await(e -> e.getFormattedMessage().startsWith("after a hop"));
            Object[] threads = line.getArgumentArray();
            assertThat(threads[0]).as("it did change threads").isNotEqualTo(threads[1]);
            assertThat(mdc(line, "requestId")).isEqualTo(hop.header("X-Request-Id"));
        }
    }
}
