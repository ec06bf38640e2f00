package online.pass24.desk.webhooks;

import com.sun.net.httpserver.HttpServer;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import online.pass24.desk.support.Api;
import online.pass24.desk.support.Database;
import online.pass24.desk.support.Json;
import online.pass24.desk.support.KeycloakTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Signed callbacks to integrated systems: at least once, retried, logged, never inside the network. */
@MicronautTest(transactional = false)
class WebhookApiTest {

    /** What a receiver got: the headers that matter and the body. */
    record Received(String id, String timestamp, String signature, String body) {
    }

    @Inject
    EmbeddedServer server;

    @Inject
    Database database;

    Api api;
    String lead;
    String demo;
    String other;
    HttpServer receiver;
    final List<Received> received = new CopyOnWriteArrayList<>();
    final AtomicInteger failuresLeft = new AtomicInteger();

    @BeforeEach
    void setUp() throws IOException {
        api = new Api(server);
        lead = KeycloakTokens.user("lead");
        demo = KeycloakTokens.integration("integration-demo", "integration-demo-secret");
        other = KeycloakTokens.integration("integration-other", "integration-other-secret");
        database.clearTickets();
        database.execute("DELETE FROM webhook_subscription");
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var headers = exchange.getRequestHeaders();
            received.add(new Received(headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
                    headers.getFirst("webhook-signature"), body));
            int status = failuresLeft.getAndDecrement() > 0 ? 500 : 204;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
        database.execute("DELETE FROM webhook_subscription");
    }

    private String url() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    private JsonNode subscribe(String token, String types) {
        Api.Response created = api.post("/api/v1/webhooks", token, "{\"url\":\"" + url() + "\",\"eventTypes\":[" + types + "]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return Json.parse(created.body());
    }

    private String openTicket(String token) {
        Api.Response created = api.post("/api/v1/tickets", token, """
                {"clientName":"ООО Ромашка","contactName":"Мониторинг","channel":"API","level":"EMERGENCY","title":"Сбой СКУД"}""");
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

    static String sign(String secret, String id, String timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        return "v1," + Base64.getEncoder().encodeToString(mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aNewTicketReachesTheSubscriberSignedAsStandardWebhooksSays() throws Exception {
        JsonNode subscription = subscribe(lead, "\"ticket.created\"");
        String secret = subscription.get("secret").getStringValue();
        assertThat(secret).startsWith("whsec_");
        assertThat(Json.parse(api.get("/api/v1/webhooks/" + subscription.get("id").getStringValue(), lead).body()).get("secret")).isNull();

        String ticket = openTicket(demo);

        await(() -> !received.isEmpty());
        Received delivery = received.get(0);
        assertThat(delivery.signature()).isEqualTo(sign(secret, delivery.id(), delivery.timestamp(), delivery.body()));
        assertThat(Math.abs(Long.parseLong(delivery.timestamp()) - Instant.now().getEpochSecond())).isLessThan(60);
        JsonNode payload = Json.parse(delivery.body());
        assertThat(payload.get("type").getStringValue()).isEqualTo("ticket.created");
        assertThat(payload.get("data").get("ticketId").getStringValue()).isEqualTo(ticket);
        Thread.sleep(500);
        assertThat(received).hasSize(1); // another type of event was not asked for

        JsonNode log = Json.parse(api.get("/api/v1/webhooks/" + subscription.get("id").getStringValue() + "/deliveries", lead).body());
        JsonNode entry = log.get("items").get(0);
        assertThat(entry.get("status").getStringValue()).isEqualTo("DELIVERED");
        assertThat(entry.get("id").getStringValue()).isEqualTo(delivery.id());
        assertThat(entry.get("attempts").get(0).get("statusCode").getIntValue()).isEqualTo(204);
    }

    @Test
    void anOrganisationHearsOnlyOfItsOwnTickets() throws Exception {
        subscribe(other, "\"ticket.created\"");
        JsonNode own = subscribe(demo, "\"ticket.created\"");
        assertThat(own.get("organization").getStringValue()).isEqualTo("demo-client");

        openTicket(demo);

        await(() -> received.size() >= 1);
        Thread.sleep(700);
        assertThat(received).hasSize(1);
        assertThat(api.get("/api/v1/webhooks/" + own.get("id").getStringValue(), other).status()).isEqualTo(404);
        assertThat(api.delete("/api/v1/webhooks/" + own.get("id").getStringValue(), other).status()).isEqualTo(404);
        assertThat(Json.parse(api.get("/api/v1/webhooks", other).body()).get("items").size()).isEqualTo(1);
        assertThat(Json.parse(api.get("/api/v1/webhooks", lead).body()).get("items").size()).isEqualTo(2);
        assertThat(api.get("/api/v1/webhooks", KeycloakTokens.user("agent")).status()).isEqualTo(403);
    }

    @Test
    void aFailingReceiverIsRetriedAndTheLogShowsEachAttempt() throws Exception {
        failuresLeft.set(2);
        JsonNode subscription = subscribe(lead, "\"ticket.created\"");
        openTicket(lead);

        await(() -> received.size() >= 3);
        String path = "/api/v1/webhooks/" + subscription.get("id").getStringValue() + "/deliveries";
        await(() -> Json.parse(api.get(path, lead).body()).get("items").get(0).get("status").getStringValue().equals("DELIVERED"));
        JsonNode attempts = Json.parse(api.get(path, lead).body()).get("items").get(0).get("attempts");
        assertThat(attempts.size()).isEqualTo(3);
        assertThat(List.of(attempts.get(0).get("statusCode").getIntValue(), attempts.get(1).get("statusCode").getIntValue(),
                attempts.get(2).get("statusCode").getIntValue())).containsExactly(500, 500, 204);
        // every attempt is the same message: one id, for the receiver to drop repeats
        assertThat(received.stream().map(Received::id).distinct()).hasSize(1);

        String deliveryId = Json.parse(api.get(path, lead).body()).get("items").get(0).get("id").getStringValue();
        Api.Response again = api.post(path.replace("/deliveries", "/deliveries/" + deliveryId + "/redeliver"), lead, "");
        assertThat(again.status()).as(again.body()).isEqualTo(202);
        await(() -> received.size() >= 4);
    }

    @Test
    void aReceiverThatKeepsFailingGetsItsSubscriptionDisabled() throws Exception {
        failuresLeft.set(Integer.MAX_VALUE);
        JsonNode subscription = subscribe(lead, "\"ticket.created\"");
        String path = "/api/v1/webhooks/" + subscription.get("id").getStringValue();
        openTicket(lead);

        // the tests' retry window is 3 s (24 h in production)
        await(() -> !Json.parse(api.get(path, lead).body()).get("enabled").getBooleanValue());
        JsonNode disabled = Json.parse(api.get(path, lead).body());
        assertThat(disabled.get("disabledReason").getStringValue()).contains("HTTP 500");
        assertThat(Json.parse(api.get(path + "/deliveries", lead).body()).get("items").get(0).get("status").getStringValue())
                .isEqualTo("FAILED");

        Api.Response enabled = api.post(path + "/enable", lead, "");
        assertThat(enabled.status()).isEqualTo(200);
        assertThat(Json.parse(enabled.body()).get("enabled").getBooleanValue()).isTrue();
    }

    @Test
    void urlsInsideTheNetworkAreRefused() {
        for (String url : List.of("http://169.254.169.254/latest/meta-data", "http://10.1.2.3/hook", "http://192.168.0.1/",
                "http://[fd00::1]/hook", "ftp://example.com/hook", "http://user:pw@127.0.0.1/hook", "not a url")) {
            Api.Response refused = api.post("/api/v1/webhooks", lead, "{\"url\":\"" + url + "\",\"eventTypes\":[\"ticket.created\"]}");
            assertThat(refused.status()).as(url + " " + refused.body()).isEqualTo(400);
        }
        Api.Response badType = api.post("/api/v1/webhooks", lead, "{\"url\":\"" + url() + "\",\"eventTypes\":[\"ticket.deleted\"]}");
        assertThat(badType.status()).isEqualTo(400);
        Api.Response badSecret = api.post("/api/v1/webhooks", lead, "{\"url\":\"" + url() + "\",\"eventTypes\":[\"ticket.created\"],"
                + "\"secret\":\"whsec_short\"}");
        assertThat(badSecret.status()).isEqualTo(400);
        assertThat(database.count("SELECT count(*) FROM webhook_subscription")).isZero();
    }

    @Test
    void anUnsubscribedUrlHearsNothingMore() throws Exception {
        JsonNode subscription = subscribe(lead, "\"ticket.created\",\"ticket.changed\"");
        assertThat(api.delete("/api/v1/webhooks/" + subscription.get("id").getStringValue(), lead).status()).isEqualTo(204);

        openTicket(lead);
        Thread.sleep(700);

        assertThat(received).isEmpty();
        assertThat(api.get("/api/v1/webhooks/" + subscription.get("id").getStringValue(), lead).status()).isEqualTo(404);
    }
}
