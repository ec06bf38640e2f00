package online.pass24.desk.security.matrix;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import online.pass24.desk.support.Api;
import online.pass24.desk.support.Contract;
import online.pass24.desk.support.Database;
import online.pass24.desk.support.ForgedTokens;
import online.pass24.desk.support.Json;
import online.pass24.desk.support.ProblemJson;
import online.pass24.desk.support.KeycloakTokens;
import online.pass24.desk.support.RowCensus;
import online.pass24.desk.support.SseClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the contract, called as each kind of caller: the four staff roles, an
 * integration of organisation A and one of organisation B, nobody, and three tokens that must be
 * refused: an expired one, one of another issuer, one with {@code alg=none}. Each carries a
 * lead's claims and is wrong in one way only ({@link ForgedTokens}): the expired one is a genuine
 * token of this realm, signed with its key, from a throw-away client whose tokens live one second
 * (Keycloak has no lifespan per request), used once it has run out; the foreign one names another
 * issuer and is signed with a key the test generates; the unsigned one has no signature at all.
 * The status each cell must answer is in {@code src/test/resources/security-matrix.txt}; an
 * operation of the contract without a row there, or a row without an operation, fails.
 *
 * <p>The requests are real ones ({@link Recipes}) on organisation A's data ({@link Fixtures}):
 * an allowed call succeeds (2xx), so a 403 or 404 says who may not, not what was wrong. A refused
 * call must answer problem+json and write nothing (a {@link RowCensus} before and after). No
 * answer to organisation B may name any id or key of organisation A, and B's live stream must
 * carry none of A's events.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityMatrixTest {

    @Inject
    EmbeddedServer server;

    @Inject
    Database database;

    @Inject
    RowCensus census;

    Api api;
    Fixtures fixtures;
    Map<String, MatrixTable.Row> table;
    Contract contract;

    @BeforeAll
    void setUp() {
        api = new Api(server);
        contract = Contract.load();
        table = MatrixTable.read();
        database.clearTickets();
        fixtures = new Fixtures(api);
    }

    @AfterAll
    void restore() {
        fixtures.close();
        database.clearTickets();
        String mark = "'" + Fixtures.MARK + "%'";
        database.execute("DELETE FROM kb_article WHERE title LIKE " + mark);
        database.execute("DELETE FROM specialist WHERE name LIKE " + mark);
        database.execute("DELETE FROM business_calendar WHERE name LIKE " + mark);
        database.execute("DELETE FROM webhook_subscription WHERE description = '" + Fixtures.MARK + "'");
        database.execute("DELETE FROM sla_policy WHERE version > 1");
        database.execute("DELETE FROM message_template WHERE version > 1");
    }

    @Test
    void everyOperationOfTheContractHasARow() {
        List<String> missing = contract.operations().stream().map(Contract.Operation::id)
                .filter(id -> !table.containsKey(id)).toList();

        assertThat(missing).as("operations of api/openapi.yaml without a row in " + MatrixTable.RESOURCE).isEmpty();
    }

    @Test
    void everyRowNamesAnOperationOfTheContractWhereItIs() {
        List<String> wrong = new ArrayList<>();
        for (MatrixTable.Row row : table.values()) {
            Contract.Operation operation = contract.operations().stream().filter(o -> o.id().equals(row.operation()))
                    .findFirst().orElse(null);
            if (operation == null) {
                wrong.add(row.operation() + " is not an operation of the contract");
            } else if (!operation.method().equals(row.method()) || !operation.path().equals(row.path())) {
                wrong.add(row.operation() + " is " + operation.describe() + " in the contract, not "
                        + row.method() + " " + row.path());
            }
        }

        assertThat(wrong).isEmpty();
    }

    @Test
    void theRefusedTokensAreWrongInOneWayOnly() {
        String expired = ForgedTokens.claims(ForgedTokens.expired());
        assertThat(expired).contains("\"iss\":\"" + KeycloakTokens.URL + "/realms/" + KeycloakTokens.REALM + "\"")
                .contains("\"lead\"");
        assertThat(KeycloakTokens.secondsLeft(ForgedTokens.expired())).isNegative();

        assertThat(ForgedTokens.claims(ForgedTokens.foreignIssuer())).contains(ForgedTokens.FOREIGN_ISSUER).contains("\"lead\"");
        String header = new String(Base64.getUrlDecoder().decode(ForgedTokens.unsigned().split("\\.")[0]), StandardCharsets.UTF_8);
        assertThat(header).contains("\"alg\":\"none\"");
        assertThat(ForgedTokens.unsigned()).endsWith(".");
    }

    @TestFactory
    Stream<DynamicContainer> everyOperationAsEveryCaller() {
        List<DynamicContainer> operations = new ArrayList<>();
        int cells = 0;
        for (Contract.Operation operation : contract.operations()) {
            MatrixTable.Row row = table.get(operation.id());
            if (row == null) {
                continue; // everyOperationOfTheContractHasARow names it
            }
            List<DynamicTest> callers = new ArrayList<>();
            for (Caller caller : Caller.values()) {
                int expected = row.expected().get(caller);
                callers.add(DynamicTest.dynamicTest(caller.column + " → " + expected, () -> cell(operation, caller, expected)));
                cells++;
            }
            operations.add(DynamicContainer.dynamicContainer(operation.id() + " (" + operation.describe() + ")", callers));
        }
        System.out.printf("Security matrix: %d operations × %d callers = %d cells%n",
                operations.size(), Caller.values().length, cells);
        return operations.stream();
    }

    private void cell(Contract.Operation operation, Caller caller, int expected) {
        boolean allowed = expected < 300;
        Call call = Recipes.of(operation, fixtures, allowed);
        assertThat(call).as("no request is known for " + operation.id() + ": add one to Recipes").isNotNull();
        Map<String, Long> before = allowed ? null : census.take();

        Api.Response response = call.send(api, caller.token());

        assertThat(response.status()).as("%s as %s: %s", call.describe(), caller.column, abbreviated(response.body()))
                .isEqualTo(expected);
        if (response.status() >= 400) {
            ProblemJson.assertProblem(response);
        }
        if (!allowed) {
            assertThat(census.take()).as("rows written by a refused " + call.describe()).isEqualTo(before);
        }
        if (caller == Caller.INTEGRATION_B) {
            assertNothingOfOrganisationA(response.body());
        }
    }

    @Test
    void organisationASeesItsOwnDataAndOrganisationBNoneOfIt() {
        String ticket = fixtures.ticket();
        String escalation = fixtures.escalation();
        String webhook = fixtures.webhook();
        api.post("/api/v1/tickets", Fixtures.organisationB(), Fixtures.ticketBody("STANDARD", fixtures.next()));

        assertThat(page("/api/v1/tickets?limit=100", Fixtures.organisationA())).contains(ticket);
        assertThat(page("/api/v1/escalations?limit=100", Fixtures.organisationA())).contains(escalation);
        assertThat(page("/api/v1/webhooks?limit=100", Fixtures.organisationA())).contains(webhook);
        List<String> seenByB = new ArrayList<>();
        for (String list : List.of("/api/v1/tickets?limit=100", "/api/v1/escalations?limit=100", "/api/v1/webhooks?limit=100")) {
            seenByB.addAll(page(list, Fixtures.organisationB()));
        }
        assertThat(seenByB).doesNotContainAnyElementsOf(fixtures.organisationAMarkers());
        assertThat(page("/api/v1/tickets?limit=100", Fixtures.organisationB())).isNotEmpty();
        for (String read : List.of("/api/v1/tickets/" + ticket, "/api/v1/tickets/" + ticket + "/events",
                "/api/v1/tickets/" + ticket + "/timers", "/api/v1/escalations/" + escalation, "/api/v1/webhooks/" + webhook,
                "/api/v1/webhooks/" + webhook + "/deliveries", "/api/v1/escalations?ticketId=" + ticket)) {
            Api.Response response = api.get(read, Fixtures.organisationB());
            assertThat(response.status()).as(read).isIn(200, 404);
            assertNothingOfOrganisationA(response.body());
        }
    }

    @Test
    void organisationBsStreamCarriesNoneOfOrganisationAsEvents() throws InterruptedException {
        URI stream = server.getURI().resolve("/api/v1/stream");
        try (SseClient a = SseClient.connect(stream, Fixtures.organisationA(), null);
             SseClient b = SseClient.connect(stream, Fixtures.organisationB(), null)) {
            assertThat(a.status()).isEqualTo(200);
            assertThat(b.status()).isEqualTo(200);
            String ticketA = fixtures.ticketIn(Fixtures.Step.IN_PROGRESS);
            String ticketB = Fixtures.id(api.post("/api/v1/tickets", Fixtures.organisationB(),
                    Fixtures.ticketBody("STANDARD", fixtures.next())));

            assertThat(a.next(e -> e.data().contains(ticketA), Duration.ofSeconds(10))).as("A hears of its ticket").isNotNull();
            assertThat(b.next(e -> e.data().contains(ticketB), Duration.ofSeconds(10))).as("B hears of its ticket").isNotNull();
            List<SseClient.Event> rest = b.drain(Duration.ofMillis(500));
            List<String> leaked = rest.stream().map(SseClient.Event::data)
                    .filter(data -> fixtures.organisationAMarkers().stream().anyMatch(marker -> data.contains("\"" + marker + "\"")))
                    .toList();
            assertThat(leaked).isEmpty();
        }
    }

    /** The ids in a list page's items. */
    private List<String> page(String path, String token) {
        Api.Response response = api.get(path, token);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        Json.parse(response.body()).get("items").values().forEach(item -> ids.add(item.get("id").getStringValue()));
        return ids;
    }

    private void assertNothingOfOrganisationA(String body) {
        Set<String> markers = fixtures.organisationAMarkers();
        List<String> named = markers.stream().filter(marker -> body.contains("\"" + marker + "\"")).toList();
        assertThat(named).as("organisation A's ids, keys or name in an answer to organisation B: " + abbreviated(body)).isEmpty();
    }

    private static String abbreviated(String body) {
        return body == null || body.length() <= 400 ? body : body.substring(0, 400) + "…";
    }
}
