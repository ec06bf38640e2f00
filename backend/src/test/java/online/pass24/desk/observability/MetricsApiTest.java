package online.pass24.desk.observability;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import online.pass24.desk.mail.MailOutbox;
import online.pass24.desk.sla.SlaScheduler;
import online.pass24.desk.support.Api;
import online.pass24.desk.support.Database;
import online.pass24.desk.support.Json;
import online.pass24.desk.support.KeycloakTokens;
import online.pass24.desk.support.SseClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /prometheus}: the desk's own meters move with what happens, next to the HTTP and JVM ones. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "observability.sla-timers.refresh", value = "200ms")
class MetricsApiTest {

    private final GreenMail smtp = new GreenMail(new ServerSetup(3125, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Inject
    EmbeddedServer server;

    @Inject
    Database database;

    @Inject
    MailOutbox mailOutbox;

    @Inject
    ApplicationEventPublisher<SlaScheduler.SlaAnnounced> announcements;

    Api api;
    String agent;

    @BeforeAll
    void startSmtp() {
        smtp.start();
    }

    @AfterAll
    void stopSmtp() {
        smtp.stop();
    }

    @BeforeEach
    void setUp() {
        api = new Api(server);
        agent = KeycloakTokens.user("agent");
        database.clearTickets();
        database.execute("DELETE FROM webhook_subscription");
    }

    private String openEmergency() {
        Api.Response created = api.post("/api/v1/tickets", agent, """
                {"clientName":"ООО Ромашка","contactName":"Иван","contactPhone":"+7 900 000-00-00","channel":"PHONE",
                 "level":"EMERGENCY","title":"Сбой СКУД"}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return Json.parse(created.body()).get("id").getStringValue();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(condition.getAsBoolean()).as("in time").isTrue();
    }

    /** The meter's value; a meter missing from the scrape fails here rather than compare as NaN. */
    private double value(String name, String... labels) {
        return Scrape.of(api).value(name, labels)
                .orElseThrow(() -> new AssertionError(name + " " + String.join(",", labels) + " is not scraped"));
    }

    @Test
    void prometheusIsScrapedWithoutATokenAndListsEveryDeskMeterFromTheStart() {
        Api.Response response = api.get("/prometheus", null, "text/plain");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/plain");

        Scrape scrape = Scrape.of(api);
        assertThat(scrape.value("desk_stream_subscribers", "kind=\"events\"")).isPresent();
        assertThat(scrape.value("desk_stream_subscribers", "kind=\"wallboard\"")).isPresent();
        for (String state : new String[] {"running", "paused", "breached"}) {
            assertThat(scrape.value("desk_sla_timers", "metric=\"FIRST_CONTACT\"", "state=\"" + state + "\"")).isPresent();
        }
        assertThat(scrape.value("desk_sla_announcements_total", "kind=\"breach\"")).isPresent();
        for (String outcome : new String[] {"delivered", "failed", "disabled"}) {
            assertThat(scrape.value("desk_webhook_deliveries_total", "outcome=\"" + outcome + "\"")).isPresent();
        }
        for (String outcome : new String[] {"sent", "failed", "abandoned"}) {
            assertThat(scrape.value("desk_mail_deliveries_total", "outcome=\"" + outcome + "\"")).isPresent();
        }
        assertThat(scrape.has("jvm_memory_used_bytes")).isTrue();
    }

    @Test
    void aCreatedTicketShowsInTheHttpMetricsOfItsRouteWithLatencyBuckets() {
        openEmergency();

        Scrape scrape = Scrape.of(api);
        String route = "uri=\"/api/v1/tickets\"";
        assertThat(scrape.value("http_server_requests_seconds_count", "method=\"POST\"", "status=\"201\"", route).orElse(0))
                .isGreaterThanOrEqualTo(1);
        assertThat(scrape.value("http_server_requests_seconds_bucket", "method=\"POST\"", "status=\"201\"", route, "le=\"0.1\""))
                .isPresent();
        assertThat(scrape.value("http_server_requests_seconds_bucket", "method=\"POST\"", route, "le=\"+Inf\"").orElse(0))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void anOpenStreamCountsAsOneSubscriberUntilItCloses() throws Exception {
        assertThat(value("desk_stream_subscribers", "kind=\"events\"")).isZero();
        try (SseClient client = SseClient.connect(server.getURI().resolve("/api/v1/stream"), agent, null)) {
            assertThat(client.status()).isEqualTo(200);
            await(() -> value("desk_stream_subscribers", "kind=\"events\"") == 1);
        }
        await(() -> value("desk_stream_subscribers", "kind=\"events\"") == 0);
    }

    @Test
    void theTimersOfAnOpenEmergencyCountAsRunning() throws Exception {
        await(() -> value("desk_sla_timers", "metric=\"FIRST_CONTACT\"", "state=\"running\"") == 0);
        openEmergency();
        await(() -> value("desk_sla_timers", "metric=\"FIRST_CONTACT\"", "state=\"running\"") == 1);
        assertThat(value("desk_sla_timers", "metric=\"FIRST_CONTACT\"", "state=\"breached\"")).isZero();
    }

    @Test
    void anAnnouncedBreachIsCountedByMetricAndKind() {
        double before = value("desk_sla_announcements_total", "metric=\"DIAGNOSIS\"", "kind=\"breach\"");

        announcements.publishEvent(new SlaScheduler.SlaAnnounced(UUID.randomUUID(), "DIAGNOSIS", 100, Instant.now()));
        announcements.publishEvent(new SlaScheduler.SlaAnnounced(UUID.randomUUID(), "DIAGNOSIS", 80, Instant.now()));

        assertThat(value("desk_sla_announcements_total", "metric=\"DIAGNOSIS\"", "kind=\"breach\"")).isEqualTo(before + 1);
        assertThat(value("desk_sla_announcements_total", "metric=\"DIAGNOSIS\"", "kind=\"warning\"")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aDeliveredWebhookIsCounted() throws Exception {
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        // deliveries other suites left to dead receivers would queue ahead of this one
        database.execute("TRUNCATE webhook_attempt, webhook_delivery, webhook_outbox");
        try {
            double before = value("desk_webhook_deliveries_total", "outcome=\"delivered\"");
            String lead = KeycloakTokens.user("lead");
            Api.Response subscribed = api.post("/api/v1/webhooks", lead, "{\"url\":\"http://127.0.0.1:"
                    + receiver.getAddress().getPort() + "/hook\",\"eventTypes\":[\"ticket.created\"]}");
            assertThat(subscribed.status()).as(subscribed.body()).isEqualTo(201);

            openEmergency();

            await(() -> value("desk_webhook_deliveries_total", "outcome=\"delivered\"") >= before + 1);
        } finally {
            receiver.stop(0);
            database.execute("DELETE FROM webhook_subscription");
        }
    }

    @Test
    void aSentMailIsCounted() throws Exception {
        database.execute("TRUNCATE mail_outbox");
        double before = value("desk_mail_deliveries_total", "outcome=\"sent\"");

        mailOutbox.toStaff("metrics-" + UUID.randomUUID(), null, "lead@emergency-desk.local", "Проверка", "Текст")
                .block(Duration.ofSeconds(5));

        await(() -> value("desk_mail_deliveries_total", "outcome=\"sent\"") >= before + 1);
        assertThat(smtp.getReceivedMessages()).isNotEmpty();
    }
}
