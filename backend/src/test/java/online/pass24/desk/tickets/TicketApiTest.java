package online.pass24.desk.tickets;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Tickets over HTTP, against the real PostgreSQL test database and real Keycloak tokens. */
@MicronautTest(transactional = false)
class TicketApiTest {

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

    @Test
    void agentOpensAnEmergencyTicketThatIsStoredWithItsHistory() {
        Api.Response response = api.post("/api/v1/tickets", agent, TicketFixture.emergency().json());

        assertThat(response.status()).isEqualTo(201);
        JsonNode ticket = Json.parse(response.body());
        String id = ticket.get("id").getStringValue();
        assertThat(response.location()).isEqualTo("/api/v1/tickets/" + id);
        assertThat(ticket.get("key").getStringValue()).matches("EM-\\d{6}");
        assertThat(ticket.get("status").getStringValue()).isEqualTo("NEW");
        assertThat(ticket.get("level").getStringValue()).isEqualTo("EMERGENCY");
        assertThat(ticket.get("clientName").getStringValue()).isEqualTo("ООО «Бизнес-центр Северный»");
        assertThat(Instant.parse(ticket.get("receivedAt").getStringValue()))
                .isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(1, ChronoUnit.MINUTES));

        JsonNode read = Json.parse(api.get(response.location(), agent).body());
        assertThat(read.get("key").getStringValue()).isEqualTo(ticket.get("key").getStringValue());
        assertThat(read.get("contactEmail").getStringValue()).isEqualTo("ivan.petrov@example.ru");
        assertThat(database.count("SELECT count(*) FROM ticket_event WHERE type = 'ticket.created' AND actor = 'agent'"
                + " AND ticket_id = '" + id + "'")).isEqualTo(1);
    }

    @Test
    void keysAreSequentialAndUnique() {
        String first = Json.parse(api.post("/api/v1/tickets", agent, TicketFixture.emergency().json()).body()).get("key").getStringValue();
        String second = Json.parse(api.post("/api/v1/tickets", agent, TicketFixture.emergency().json()).body()).get("key").getStringValue();

        assertThat(Integer.parseInt(second.substring(3))).isEqualTo(Integer.parseInt(first.substring(3)) + 1);
    }

    @Test
    void aReceivedInstantInThePastIsKeptAsTheStartOfTheClocks() {
        Api.Response response = api.post("/api/v1/tickets", agent,
                TicketFixture.emergency().with("receivedAt", "2026-11-20T09:30:00+03:00").json());

        assertThat(response.status()).isEqualTo(201);
        assertThat(Instant.parse(Json.parse(response.body()).get("receivedAt").getStringValue()))
                .isEqualTo(Instant.parse("2026-11-20T06:30:00Z"));
    }

    static Stream<Object[]> invalidBodies() {
        return Stream.of(
                new Object[]{"missing title", TicketFixture.emergency().without("title").json(), "title"},
                new Object[]{"missing client", TicketFixture.emergency().without("clientName").json(), "clientName"},
                new Object[]{"empty title", TicketFixture.emergency().with("title", "").json(), "title"},
                new Object[]{"title too long", TicketFixture.emergency().with("title", "я".repeat(201)).json(), "title"},
                new Object[]{"description too long", TicketFixture.emergency().with("description", "x".repeat(10_001)).json(), "description"},
                new Object[]{"bad e-mail", TicketFixture.emergency().with("contactEmail", "not-an-email").json(), "contactEmail"},
                new Object[]{"bad phone", TicketFixture.emergency().with("contactPhone", "call me maybe").json(), "contactPhone"},
                new Object[]{"future receivedAt", TicketFixture.emergency()
                        .with("receivedAt", Instant.now().plus(1, ChronoUnit.HOURS).toString()).json(), "receivedAt"},
                new Object[]{"receivedAt before any calendar", TicketFixture.emergency()
                        .with("receivedAt", "-999999999-01-01T00:00:00Z").json(), "receivedAt"});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidBodies")
    void anInvalidFieldIsNamedInAProblemAndNothingIsStored(String name, String body, String field) {
        Api.Response response = api.post("/api/v1/tickets", agent, body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = Json.parse(response.body());
        assertThat(problem.get("type").getStringValue()).isEqualTo("https://emergency-desk.pass24.online/problems/validation-error");
        assertThat(problem.get("status").getIntValue()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        problem.get("errors").values().forEach(error -> fields.add(error.get("field").getStringValue()));
        assertThat(fields).contains(field);
        assertNothingStored();
    }

    static Stream<Object[]> unreadableBodies() {
        return Stream.of(
                new Object[]{"malformed JSON", "{\"clientName\": \"x\", "},
                new Object[]{"not an object", "[1, 2, 3]"},
                new Object[]{"unknown channel", TicketFixture.emergency().with("channel", "PIGEON").json()},
                new Object[]{"unknown level", TicketFixture.emergency().with("level", "URGENT").json()},
                new Object[]{"receivedAt not a date", TicketFixture.emergency().with("receivedAt", "yesterday").json()},
                new Object[]{"unknown field", TicketFixture.emergency().with("priority", "HIGH").json()});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadableBodies")
    void anUnreadableBodyGetsAProblemAndNothingIsStored(String name, String body) {
        Api.Response response = api.post("/api/v1/tickets", agent, body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = Json.parse(response.body());
        assertThat(problem.get("type").getStringValue()).startsWith("https://emergency-desk.pass24.online/problems/");
        assertThat(problem.get("detail").getStringValue()).isNotBlank();
        assertNothingStored();
    }

    @Test
    void theQueuePutsEmergenciesFirstThenTheOldest() {
        create(TicketFixture.standard().with("title", "standard old").with("receivedAt", "2026-11-02T07:00:00Z"));
        create(TicketFixture.emergency().with("title", "emergency new").with("receivedAt", "2026-11-03T08:00:00Z"));
        create(TicketFixture.standard().with("title", "standard new").with("receivedAt", "2026-11-03T07:00:00Z"));
        create(TicketFixture.emergency().with("title", "emergency old").with("receivedAt", "2026-11-03T07:30:00Z"));
        // all four are long overdue: once their breaches are announced, the nearest due instant decides
        waitUntil(() -> database.count("SELECT count(*) FROM ticket WHERE breached") == 4);

        JsonNode page = queue(agent);

        assertThat(titles(page)).containsExactly("emergency old", "emergency new", "standard old", "standard new");
        assertThat(page.get("nextCursor")).satisfiesAnyOf(n -> assertThat(n).isNull(), n -> assertThat(n.isNull()).isTrue());
    }

    @Test
    void theCursorWalksTheWholeQueueOnceInOrder() {
        for (int i = 0; i < 7; i++) {
            create(TicketFixture.emergency().with("title", "e" + i).with("receivedAt", "2026-11-0" + (i + 1) + "T06:00:00Z"));
            create(TicketFixture.standard().with("title", "s" + i).with("receivedAt", "2026-11-0" + (i + 1) + "T06:00:00Z"));
        }
        // the order must not shift while we page: let every overdue breach be announced first
        waitUntil(() -> database.count("SELECT count(*) FROM ticket WHERE breached") == 14);
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = Json.parse(api.get("/api/v1/tickets?limit=3" + (cursor == null ? "" : "&cursor=" + cursor), agent).body());
            seen.addAll(titles(page));
            JsonNode next = page.get("nextCursor");
            cursor = next == null || next.isNull() ? null : next.getStringValue();
            pages++;
        } while (cursor != null && pages < 20);

        assertThat(pages).isEqualTo(5);
        assertThat(seen).containsExactly("e0", "e1", "e2", "e3", "e4", "e5", "e6", "s0", "s1", "s2", "s3", "s4", "s5", "s6");
    }

    @Test
    void aForgedCursorOrAnOutOfRangeLimitIsABadRequest() {
        assertThat(api.get("/api/v1/tickets?cursor=bm90LWEtY3Vyc29y", agent).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/tickets?limit=0", agent).status()).isEqualTo(400);
        Api.Response tooMany = api.get("/api/v1/tickets?limit=101", agent);
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(Json.parse(tooMany.body()).get("errors").get(0).get("field").getStringValue()).isEqualTo("limit");
        assertThat(api.get("/api/v1/tickets?limit=many", agent).status()).isEqualTo(400);
    }

    @Test
    void anUnknownTicketIsNotFound() {
        Api.Response response = api.get("/api/v1/tickets/6f1c0f44-2f5e-4c2a-9d55-2b1f0c7f0a11", agent);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/v1/tickets/not-a-uuid", agent).status()).isEqualTo(400);
    }

    @Test
    void withoutATokenTheCallerIsUnauthorized() {
        Api.Response response = api.get("/api/v1/tickets", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(Json.parse(response.body()).get("type").getStringValue())
                .isEqualTo("https://emergency-desk.pass24.online/problems/unauthorized");
        assertThat(api.post("/api/v1/tickets", null, TicketFixture.emergency().json()).status()).isEqualTo(401);
        assertNothingStored();
    }

    @Test
    void developersAndWallboardsMayNeitherOpenNorListTickets() {
        for (String user : List.of("developer", "wallboard")) {
            String token = KeycloakTokens.user(user);
            Api.Response create = api.post("/api/v1/tickets", token, TicketFixture.emergency().json());
            assertThat(create.status()).as(user).isEqualTo(403);
            assertThat(create.contentType()).startsWith("application/problem+json");
            assertThat(Json.parse(create.body()).get("type").getStringValue())
                    .isEqualTo("https://emergency-desk.pass24.online/problems/forbidden");
            assertThat(api.get("/api/v1/tickets", token).status()).as(user).isEqualTo(403);
        }
        assertNothingStored();
    }

    @Test
    void leadsSeeWhatAgentsOpened() {
        String id = Json.parse(create(TicketFixture.emergency()).body()).get("id").getStringValue();

        assertThat(api.get("/api/v1/tickets/" + id, KeycloakTokens.user("lead")).status()).isEqualTo(200);
    }

    @Test
    void anIntegrationSeesOnlyItsOwnOrganisationsTickets() {
        String demo = KeycloakTokens.integration("integration-demo", "integration-demo-secret");
        String other = KeycloakTokens.integration("integration-other", "integration-other-secret");
        Api.Response created = api.post("/api/v1/tickets", demo, TicketFixture.emergency().with("channel", "API").json());
        assertThat(created.status()).isEqualTo(201);
        String id = Json.parse(created.body()).get("id").getStringValue();
        create(TicketFixture.emergency().with("title", "opened by support"));

        assertThat(api.get("/api/v1/tickets/" + id, demo).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/tickets/" + id, other).status()).isEqualTo(404);
        assertThat(titles(queue(other))).isEmpty();
        assertThat(titles(queue(demo))).containsExactly("Турникеты не пропускают никого");
        assertThat(titles(queue(agent))).hasSize(2);
    }

    private Api.Response create(TicketFixture fixture) {
        Api.Response response = api.post("/api/v1/tickets", agent, fixture.json());
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response;
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private JsonNode queue(String token) {
        Api.Response response = api.get("/api/v1/tickets", token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return Json.parse(response.body());
    }

    private static List<String> titles(JsonNode page) {
        List<String> titles = new ArrayList<>();
        page.get("items").values().forEach(item -> titles.add(item.get("title").getStringValue()));
        Set<String> unique = new HashSet<>(titles);
        assertThat(unique).hasSameSizeAs(titles);
        return titles;
    }

    private void assertNothingStored() {
        assertThat(database.count("SELECT count(*) FROM ticket")).isZero();
        assertThat(database.count("SELECT count(*) FROM ticket_event")).isZero();
    }
}
