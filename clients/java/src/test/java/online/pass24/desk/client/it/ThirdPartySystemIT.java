package online.pass24.desk.client.it;

import com.sun.net.httpserver.HttpServer;
import online.pass24.desk.client.ApiClient;
import online.pass24.desk.client.ApiException;
import online.pass24.desk.client.ApiResponse;
import online.pass24.desk.client.auth.ClientCredentials;
import online.pass24.desk.client.api.TicketsApi;
import online.pass24.desk.client.api.WebhooksApi;
import online.pass24.desk.client.model.Channel;
import online.pass24.desk.client.model.EmergencyAssessment;
import online.pass24.desk.client.model.Level;
import online.pass24.desk.client.model.Problem;
import online.pass24.desk.client.model.ProblemType;
import online.pass24.desk.client.model.Ticket;
import online.pass24.desk.client.model.TicketCreate;
import online.pass24.desk.client.model.TicketPage;
import online.pass24.desk.client.model.WebhookCreate;
import online.pass24.desk.client.model.WebhookCreated;
import online.pass24.desk.client.model.WebhookDelivery;
import online.pass24.desk.client.model.WebhookDeliveryStatus;
import online.pass24.desk.client.model.WebhookEventType;
import online.pass24.desk.client.model.WebhookPayload;
import online.pass24.desk.client.webhooks.WebhookVerificationException;
import online.pass24.desk.client.webhooks.WebhookVerifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Plays a third-party system against a running Emergency Desk with nothing but the generated
 * client and this module's helpers: it subscribes a webhook receiver, opens a ticket twice under
 * one {@code Idempotency-Key}, hears of it by a signed {@code ticket.created} delivery, and finds
 * that another organisation cannot see it.
 *
 * <p>Runs only with {@code -Ddesk.baseUrl=http://127.0.0.1:8081} (the backend must allow webhook
 * deliveries to loopback: {@code WEBHOOKS_ALLOW_LOOPBACK=true}) and Keycloak at
 * {@code desk.tokenUrl}.
 */
class ThirdPartySystemIT {

    private static final Duration DELIVERY_WAIT = Duration.ofSeconds(30);

    private static String baseUrl;
    private static URI tokenUrl;

    @BeforeAll
    static void needsARunningBackend() {
        baseUrl = System.getProperty("desk.baseUrl", "");
        assumeTrue(!baseUrl.isBlank(), "no -Ddesk.baseUrl: no backend to play against");
        tokenUrl = URI.create(System.getProperty("desk.tokenUrl",
                "http://127.0.0.1:8180/realms/emergency-desk/protocol/openid-connect/token"));
    }

    /** One delivery as the receiver got it: the raw body, unparsed, so its signature can be checked. */
    private record Delivery(Map<String, List<String>> headers, byte[] body) {
    }

    @Test
    void aThirdPartySystemOpensATicketOnceAndHearsOfItBySignedWebhook() throws Exception {
        ApiClient demo = client("integration-demo", "integration-demo-secret");
        TicketsApi tickets = new TicketsApi(demo);
        WebhooksApi webhooks = new WebhooksApi(demo);

        BlockingQueue<Delivery> received = new LinkedBlockingQueue<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/desk-events", exchange -> {
            try (exchange) {
                byte[] body = exchange.getRequestBody().readAllBytes();
                Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                headers.putAll(exchange.getRequestHeaders());
                received.add(new Delivery(headers, body));
                exchange.sendResponseHeaders(204, -1);
            }
        });
        receiver.start();
        WebhookCreated subscription = null;
        try {
            subscription = webhooks.createWebhook(new WebhookCreate()
                            .url("http://127.0.0.1:" + receiver.getAddress().getPort() + "/desk-events")
                            .eventTypes(new LinkedHashSet<>(List.of(WebhookEventType.TICKET_CREATED, WebhookEventType.TICKET_CHANGED)))
                            .description("ThirdPartySystemIT"),
                    "subscribe-" + UUID.randomUUID());
            assertTrue(subscription.getSecret().startsWith("whsec_"), "the secret is shown once, on creation");
            assertTrue(subscription.getEnabled());
            WebhookVerifier verifier = new WebhookVerifier(subscription.getSecret());

            // Open the ticket; the network "fails", so the same request is sent again under the same key.
            String title = "ThirdPartySystemIT " + UUID.randomUUID();
            TicketCreate request = new TicketCreate()
                    .clientName("ООО «Демо-клиент»")
                    .contactName("Интеграция Демо")
                    .contactEmail("integration@demo-client.example")
                    .channel(Channel.API)
                    .level(Level.STANDARD)
                    .title(title)
                    .description("The access-control gateway reports a sync lag; raised by the partner's monitoring.")
                    .assessment(new EmergencyAssessment()
                            .systemUnusable(false).criticalErrorConfirmed(false).mostUsersAffected(false).workaroundExists(true));
            String idempotencyKey = "ticket-" + UUID.randomUUID();

            ApiResponse<Ticket> first = tickets.createTicketWithHttpInfo(request, idempotencyKey);
            ApiResponse<Ticket> retry = tickets.createTicketWithHttpInfo(request, idempotencyKey);

            assertEquals(201, first.getStatusCode());
            Ticket ticket = first.getData();
            assertEquals(201, retry.getStatusCode(), "a replay answers as the first request did");
            assertEquals(ticket.getId(), retry.getData().getId(), "the retry gives back the same ticket");
            assertEquals(List.of("true"), retry.getHeaders().get("Idempotency-Replayed"));
            assertEquals(title, ticket.getTitle());

            TicketPage listed = tickets.listTickets(null, 100, null, null, null, null, null, title);
            assertEquals(List.of(ticket.getId()), listed.getItems().stream().map(Ticket::getId).toList(),
                    "one ticket with this title, however often it was sent");

            // The ticket.created delivery arrives signed; every delivery is checked before it is trusted.
            Delivery delivery = awaitDelivery(received, verifier, demo, WebhookEventType.TICKET_CREATED, ticket.getId());
            WebhookPayload payload = demo.getObjectMapper().readValue(delivery.body(), WebhookPayload.class);
            assertEquals(ticket.getKey(), payload.getData().get("key"));
            assertEquals("STANDARD", payload.getData().get("level"));

            // The delivery log shows it delivered, under the id the receiver got as webhook-id.
            UUID deliveryId = UUID.fromString(delivery.headers().get(WebhookVerifier.ID_HEADER).get(0));
            assertEquals(WebhookDeliveryStatus.DELIVERED, awaitDelivered(webhooks, subscription.getId(), deliveryId).getStatus());

            // Another organisation's integration does not learn that the ticket exists.
            ApiClient other = client("integration-other", "integration-other-secret");
            ApiException hidden = assertThrows(ApiException.class, () -> new TicketsApi(other).getTicket(ticket.getId()));
            assertEquals(404, hidden.getCode());
            Problem problem = other.getObjectMapper().readValue(hidden.getResponseBody(), Problem.class);
            assertEquals(ProblemType.HTTPS_EMERGENCY_DESK_PASS24_ONLINE_PROBLEMS_NOT_FOUND, problem.getType());
            assertEquals(List.of(), new TicketsApi(other).listTickets(null, 100, null, null, null, null, null, title).getItems());
        } finally {
            receiver.stop(0);
            if (subscription != null) {
                webhooks.deleteWebhook(subscription.getId());
            }
        }
        UUID deleted = subscription.getId();
        assertEquals(404, assertThrows(ApiException.class, () -> webhooks.getWebhook(deleted)).getCode());
    }

    private static ApiClient client(String clientId, String secret) {
        ApiClient api = new ApiClient();
        api.updateBaseUri(baseUrl);
        api.setReadTimeout(Duration.ofSeconds(30));
        api.setRequestInterceptor(new ClientCredentials(tokenUrl, clientId, secret)::authorize);
        return api;
    }

    /** Waits for the delivery of one event about one ticket; any delivery with a bad signature fails the test. */
    private static Delivery awaitDelivery(BlockingQueue<Delivery> received, WebhookVerifier verifier, ApiClient api,
                                          WebhookEventType type, UUID ticketId) throws InterruptedException, IOException {
        Instant giveUp = Instant.now().plus(DELIVERY_WAIT);
        List<String> seen = new ArrayList<>();
        while (Instant.now().isBefore(giveUp)) {
            Delivery delivery = received.poll(Duration.between(Instant.now(), giveUp).toMillis(), TimeUnit.MILLISECONDS);
            if (delivery == null) {
                break;
            }
            try {
                verifier.verify(delivery.headers(), delivery.body());
            } catch (WebhookVerificationException e) {
                fail("A delivery failed its signature check: " + e.getMessage());
            }
            WebhookPayload payload = api.getObjectMapper().readValue(delivery.body(), WebhookPayload.class);
            seen.add(payload.getType() + " " + payload.getData().get("ticketId"));
            if (payload.getType() == type && ticketId.toString().equals(payload.getData().get("ticketId"))) {
                return delivery;
            }
        }
        return fail("No " + type + " delivery for ticket " + ticketId + " within " + DELIVERY_WAIT.toSeconds() + " s; got " + seen);
    }

    /** The dispatcher records the 2xx just after the receiver answered: give it a moment. */
    private static WebhookDelivery awaitDelivered(WebhooksApi webhooks, UUID subscriptionId, UUID deliveryId)
            throws ApiException, InterruptedException {
        Instant giveUp = Instant.now().plusSeconds(10);
        Optional<WebhookDelivery> delivery;
        do {
            delivery = webhooks.listWebhookDeliveries(subscriptionId, null, 100).getItems().stream()
                    .filter(d -> d.getId().equals(deliveryId)).findFirst();
            if (delivery.isPresent() && delivery.get().getStatus() == WebhookDeliveryStatus.DELIVERED) {
                return delivery.get();
            }
            Thread.sleep(200);
        } while (Instant.now().isBefore(giveUp));
        assertNotEquals(Optional.empty(), delivery, "the delivery log lists the delivery " + deliveryId);
        return delivery.get();
    }
}
