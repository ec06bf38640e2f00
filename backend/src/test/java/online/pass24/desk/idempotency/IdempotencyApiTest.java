package online.pass24.desk.idempotency;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import online.pass24.desk.support.Api;
import online.pass24.desk.support.Database;
import online.pass24.desk.support.Json;
import online.pass24.desk.support.KeycloakTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Retries with an Idempotency-Key never create a second ticket. */
@MicronautTest(transactional = false)
class IdempotencyApiTest {

    private static final String TICKET = """
            {"clientName":"ООО Ромашка","contactName":"Мониторинг","channel":"API","level":"EMERGENCY","title":"Нет связи с контроллером"}""";

    @Inject
    EmbeddedServer server;

    @Inject
    Database database;

    Api api;
    String integration;

    @BeforeEach
    void setUp() {
        api = new Api(server);
        integration = KeycloakTokens.integration("integration-demo", "integration-demo-secret");
        database.clearTickets();
        database.execute("DELETE FROM idempotency_key");
    }

    @Test
    void theSameKeyAndBodyReplayTheFirstAnswer() {
        String key = UUID.randomUUID().toString();

        Api.Response first = api.postWith("/api/v1/tickets", integration, TICKET, "Idempotency-Key", key);
        Api.Response retry = api.postWith("/api/v1/tickets", integration, TICKET, "Idempotency-Key", key);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.header("Idempotency-Replayed")).isNull();
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(Json.parse(retry.body()).get("id").getStringValue()).isEqualTo(Json.parse(first.body()).get("id").getStringValue());
        assertThat(retry.location()).isEqualTo(first.location());
        assertThat(retry.etag()).isEqualTo(first.etag());
        assertThat(database.count("SELECT count(*) FROM ticket")).isEqualTo(1);

        Api.Response fresh = api.postWith("/api/v1/tickets", integration, TICKET, "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(fresh.status()).isEqualTo(201);
        assertThat(database.count("SELECT count(*) FROM ticket")).isEqualTo(2);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedAndChangesNothing() {
        String key = UUID.randomUUID().toString();
        api.postWith("/api/v1/tickets", integration, TICKET, "Idempotency-Key", key);

        Api.Response other = api.postWith("/api/v1/tickets", integration, TICKET.replace("Нет связи", "Нет питания"),
                "Idempotency-Key", key);

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(Json.parse(other.body()).get("type").getStringValue()).endsWith("/idempotency-key-reused");
        assertThat(database.count("SELECT count(*) FROM ticket")).isEqualTo(1);
    }

    @Test
    void aProblemIsReplayedToo() {
        String key = UUID.randomUUID().toString();
        String bad = "{\"clientName\":\"\",\"contactName\":\"x\",\"channel\":\"API\",\"level\":\"EMERGENCY\",\"title\":\"x\"}";

        Api.Response first = api.postWith("/api/v1/tickets", integration, bad, "Idempotency-Key", key);
        Api.Response retry = api.postWith("/api/v1/tickets", integration, bad, "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(400);
        assertThat(retry.status()).isEqualTo(400);
        assertThat(retry.body()).isEqualTo(first.body());
    }

    @Test
    void keysBelongToTheirCaller() {
        String key = UUID.randomUUID().toString();
        String other = KeycloakTokens.integration("integration-other", "integration-other-secret");

        api.postWith("/api/v1/tickets", integration, TICKET, "Idempotency-Key", key);
        Api.Response theirs = api.postWith("/api/v1/tickets", other, TICKET, "Idempotency-Key", key);

        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.header("Idempotency-Replayed")).isNull();
        assertThat(database.count("SELECT count(*) FROM ticket")).isEqualTo(2);
    }

    @Test
    void simultaneousRequestsWithOneKeyCreateOneTicket() throws Exception {
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Api.Response>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                answers.add(pool.submit(() -> api.postWith("/api/v1/tickets", integration, TICKET, "Idempotency-Key", key)));
            }
            Set<String> ids = new java.util.HashSet<>();
            for (Future<Api.Response> answer : answers) {
                Api.Response response = answer.get();
                assertThat(response.status()).as(response.body()).isIn(201, 409);
                if (response.status() == 201) {
                    ids.add(Json.parse(response.body()).get("id").getStringValue());
                } else {
                    assertThat(response.header("Retry-After")).isNotNull();
                }
            }
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(database.count("SELECT count(*) FROM ticket")).isEqualTo(1);
    }

    @Test
    void aTicketWhoseAnswerWasLostInACrashIsFoundNotMadeAgain() {
        String key = UUID.randomUUID().toString();
        Api.Response first = api.postWith("/api/v1/tickets", integration, TICKET, "Idempotency-Key", key);
        // the instance died after the ticket committed and before the answer was kept
        database.execute("UPDATE idempotency_key SET status = NULL, body = NULL, completed_at = NULL,"
                + " locked_until = now() - interval '1 second'");

        Api.Response retry = api.postWith("/api/v1/tickets", integration, TICKET, "Idempotency-Key", key);

        assertThat(retry.status()).as(retry.body()).isEqualTo(201);
        assertThat(Json.parse(retry.body()).get("id").getStringValue()).isEqualTo(Json.parse(first.body()).get("id").getStringValue());
        assertThat(database.count("SELECT count(*) FROM ticket")).isEqualTo(1);
    }

    @Test
    void aKeyMustBeShort() {
        Api.Response response = api.postWith("/api/v1/tickets", integration, TICKET, "Idempotency-Key", "x".repeat(201));
        assertThat(response.status()).isEqualTo(400);
        assertThat(database.count("SELECT count(*) FROM ticket")).isZero();
    }
}
