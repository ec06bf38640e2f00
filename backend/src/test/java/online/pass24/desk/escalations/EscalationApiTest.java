package online.pass24.desk.escalations;

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

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A product defect goes from the agent to development and back, with every state visible. */
@MicronautTest(transactional = false)
class EscalationApiTest {

    private static final String ESCALATION = """
            {"description":"Пропуска не сохраняются после обновления 5.2","severity":"CRITICAL",
             "diagnostics":{"productVersion":"5.2.1","logs":"NullPointerException at PassService","stepsToReproduce":"1. Открыть 2. Сохранить"},
             "workaround":"Создавать пропуск через импорт"}""";

    @Inject
    EmbeddedServer server;

    @Inject
    Database database;

    @Inject
    DataSource dataSource;

    Api api;
    String agent;
    String developer;
    String ticket;

    @BeforeEach
    void setUp() {
        api = new Api(server);
        agent = KeycloakTokens.user("agent");
        developer = KeycloakTokens.user("developer");
        database.clearTickets();
        ticket = diagnosed(agent);
    }

    private String diagnosed(String token) {
        String id = Json.parse(api.post("/api/v1/tickets", token, """
                {"clientName":"ООО Ромашка","contactName":"Иван Петров","contactEmail":"ivan@romashka.example",
                 "channel":"PHONE","level":"EMERGENCY","criterion":"CRITICAL_DEFECT","title":"Пропуска не сохраняются"}""").body())
                .get("id").getStringValue();
        act(id, "criticality", "{\"confirmed\":true,\"criterion\":\"CRITICAL_DEFECT\"}");
        act(id, "information-skipped", "{\"reason\":\"очевидно\"}");
        act(id, "diagnosis", "{\"problemType\":\"PRODUCT_DEFECT\",\"cause\":\"Ошибка сохранения в модуле пропусков\"}");
        return id;
    }

    private void act(String id, String action, String body) {
        Api.Response response = api.post("/api/v1/tickets/" + id + "/" + action, agent, body);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    private JsonNode escalate() {
        Api.Response created = api.post("/api/v1/tickets/" + ticket + "/escalations", agent, ESCALATION);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.etag()).isEqualTo("\"0\"");
        assertThat(created.location()).endsWith("/api/v1/escalations/" + Json.parse(created.body()).get("id").getStringValue());
        return Json.parse(created.body());
    }

    @Test
    void anEscalationCarriesEverythingStartsItsClockAndTellsTheClient() {
        JsonNode escalation = escalate();

        assertThat(escalation.get("status").getStringValue()).isEqualTo("OPEN");
        assertThat(escalation.get("severity").getStringValue()).isEqualTo("CRITICAL");
        assertThat(escalation.get("diagnostics").get("productVersion").getStringValue()).isEqualTo("5.2.1");
        assertThat(escalation.get("workaround").getStringValue()).contains("импорт");
        assertThat(escalation.get("acknowledgement").get("targetMinutes").getIntValue()).isEqualTo(30);
        assertThat(escalation.get("acknowledgement").get("state").getStringValue()).isEqualTo("RUNNING");
        Instant due = Instant.parse(escalation.get("acknowledgement").get("dueAt").getStringValue());
        assertThat(due).isAfter(Instant.now().plus(Duration.ofMinutes(29)));

        JsonNode log = Json.parse(api.get("/api/v1/tickets/" + ticket + "/communications", agent).body()).get("items");
        assertThat(log.size()).isEqualTo(1);
        assertThat(log.get(0).get("templateKind").getStringValue()).isEqualTo("ESCALATION_NOTICE");
        assertThat(log.get(0).get("channel").getStringValue()).isEqualTo("EMAIL");
        assertThat(log.get(0).get("text").getStringValue()).contains("Ошибка сохранения в модуле пропусков");

        JsonNode onTicket = Json.parse(api.get("/api/v1/tickets/" + ticket, agent).body()).get("escalations");
        assertThat(onTicket.size()).isEqualTo(1);
        assertThat(onTicket.get(0).get("severity").getStringValue()).isEqualTo("CRITICAL");

        Api.Response second = api.post("/api/v1/tickets/" + ticket + "/escalations", agent, ESCALATION);
        assertThat(second.status()).isEqualTo(409);
        assertThat(database.count("SELECT count(*) FROM escalation")).isEqualTo(1);
    }

    @Test
    void aNoticeThatCannotBeRenderedStoresNothing() {
        String fresh = Json.parse(api.post("/api/v1/tickets", agent, """
                {"clientName":"ООО Ромашка","contactName":"Иван","channel":"PHONE","level":"EMERGENCY","title":"Сбой"}""").body())
                .get("id").getStringValue();

        Api.Response refused = api.post("/api/v1/tickets/" + fresh + "/escalations", agent, ESCALATION);

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(Json.parse(refused.body()).get("missing").get(0).getStringValue()).isEqualTo("cause");
        assertThat(database.count("SELECT count(*) FROM escalation")).isZero();
        assertThat(database.count("SELECT count(*) FROM communication")).isZero();

        Api.Response quiet = api.post("/api/v1/tickets/" + fresh + "/escalations", agent,
                ESCALATION.replace("\"severity\"", "\"notifyClient\":false,\"severity\""));
        assertThat(quiet.status()).as(quiet.body()).isEqualTo(201);
    }

    @Test
    void developmentAcknowledgesWorksAndFixesAndSupportSeesIt() {
        String id = escalate().get("id").getStringValue();
        String base = "/api/v1/escalations/" + id;

        JsonNode queue = Json.parse(api.get("/api/v1/escalations?severity=CRITICAL", developer).body()).get("items");
        assertThat(queue.size()).isEqualTo(1);
        assertThat(queue.get(0).get("ticketKey").getStringValue()).startsWith("EM-");

        assertThat(api.post(base + "/fix", developer, "{\"resolution\":\"x\"}").status()).isEqualTo(409);
        assertThat(api.post(base + "/acknowledge", developer, "{}", "\"7\"").status()).isEqualTo(412);
        assertThat(api.post(base + "/acknowledge", agent, "{}").status()).isEqualTo(403);

        Api.Response acknowledged = api.post(base + "/acknowledge", developer, "{\"comment\":\"Смотрим\"}", "\"0\"");
        assertThat(acknowledged.status()).as(acknowledged.body()).isEqualTo(200);
        assertThat(acknowledged.etag()).isEqualTo("\"1\"");
        assertThat(Json.parse(acknowledged.body()).get("acknowledgement").get("state").getStringValue()).isEqualTo("MET");

        assertThat(api.post(base + "/start", developer, "{}").status()).isEqualTo(200);
        Api.Response fixed = api.post(base + "/fix", developer, "{\"resolution\":\"Исправлена транзакция\",\"fixVersion\":\"5.2.2\"}");
        assertThat(fixed.status()).as(fixed.body()).isEqualTo(200);
        assertThat(Json.parse(fixed.body()).get("status").getStringValue()).isEqualTo("FIXED");

        JsonNode summary = Json.parse(api.get("/api/v1/tickets/" + ticket, agent).body()).get("escalations").get(0);
        assertThat(summary.get("status").getStringValue()).isEqualTo("FIXED");
        assertThat(summary.get("fixVersion").getStringValue()).isEqualTo("5.2.2");
        assertThat(summary.get("acknowledgementBreached").getBooleanValue()).isFalse();
        assertThat(database.count("SELECT count(*) FROM ticket_event WHERE type IN ('escalation.created','escalation.acknowledged',"
                + "'escalation.started','escalation.fixed')")).isEqualTo(4);
        // closed ones leave the default queue
        assertThat(Json.parse(api.get("/api/v1/escalations", developer).body()).get("items").size()).isZero();
        assertThat(Json.parse(api.get("/api/v1/escalations?status=FIXED", developer).body()).get("items").size()).isEqualTo(1);
    }

    @Test
    void aRejectionNeedsAReasonThatSupportSees() {
        String id = escalate().get("id").getStringValue();

        Api.Response noReason = api.post("/api/v1/escalations/" + id + "/reject", developer, "{\"reason\":\"\"}");
        assertThat(noReason.status()).isEqualTo(400);

        Api.Response rejected = api.post("/api/v1/escalations/" + id + "/reject", developer,
                "{\"reason\":\"Настройка у клиента, не дефект\"}");
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        JsonNode summary = Json.parse(api.get("/api/v1/tickets/" + ticket, agent).body()).get("escalations").get(0);
        assertThat(summary.get("status").getStringValue()).isEqualTo("REJECTED");
        assertThat(summary.get("rejectionReason").getStringValue()).contains("Настройка у клиента");
        // a rejected escalation leaves room for a new one
        assertThat(api.post("/api/v1/tickets/" + ticket + "/escalations", agent, ESCALATION.replace("\"severity\"",
                "\"notifyClient\":false,\"severity\"")).status()).isEqualTo(201);
    }

    @Test
    void aConnectorLinksTheTrackerTaskOfItsOwnOrganisationOnly() {
        String demo = KeycloakTokens.integration("integration-demo", "integration-demo-secret");
        String other = KeycloakTokens.integration("integration-other", "integration-other-secret");
        String own = Json.parse(api.post("/api/v1/tickets", demo, """
                {"clientName":"Demo","contactName":"Мониторинг","channel":"API","level":"EMERGENCY","title":"Сбой"}""").body())
                .get("id").getStringValue();
        String id = Json.parse(api.post("/api/v1/tickets/" + own + "/escalations", agent,
                ESCALATION.replace("\"severity\"", "\"notifyClient\":false,\"severity\"")).body()).get("id").getStringValue();
        String reference = "{\"system\":\"JIRA\",\"key\":\"PASS-42\",\"url\":\"https://jira.example/browse/PASS-42\"}";

        assertThat(api.get("/api/v1/escalations/" + id, other).status()).isEqualTo(404);
        assertThat(api.put("/api/v1/escalations/" + id + "/external-reference", other, reference, null).status()).isEqualTo(404);
        assertThat(Json.parse(api.get("/api/v1/escalations", other).body()).get("items").size()).isZero();
        assertThat(api.put("/api/v1/escalations/" + id + "/external-reference", demo,
                reference.replace("https://", "ftp://"), null).status()).isEqualTo(400);

        Api.Response linked = api.put("/api/v1/escalations/" + id + "/external-reference", demo, reference, null);

        assertThat(linked.status()).as(linked.body()).isEqualTo(200);
        JsonNode summary = Json.parse(api.get("/api/v1/tickets/" + own, agent).body()).get("escalations").get(0);
        assertThat(summary.get("externalReference").get("key").getStringValue()).isEqualTo("PASS-42");
    }

    @Test
    void theAcknowledgementClockWarnsAndBreachesExactlyOnce() throws InterruptedException {
        String id = escalate().get("id").getStringValue();
        database.execute("UPDATE escalation SET warn_at = now() - interval '2 minutes', ack_due_at = now() - interval '1 minute' WHERE id = '" + id + "'");

        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline && database.count(
                "SELECT count(*) FROM ticket_event WHERE type = 'escalation.acknowledgement-breached'") == 0) {
            Thread.sleep(100);
        }
        Thread.sleep(800); // more scheduler rounds: nothing is announced twice
        assertThat(database.count("SELECT count(*) FROM ticket_event WHERE type = 'escalation.acknowledgement-warning'")).isEqualTo(1);
        assertThat(database.count("SELECT count(*) FROM ticket_event WHERE type = 'escalation.acknowledgement-breached'")).isEqualTo(1);
        JsonNode escalation = Json.parse(api.get("/api/v1/escalations/" + id, developer).body());
        assertThat(escalation.get("acknowledgement").get("state").getStringValue()).isEqualTo("BREACHED");
        assertThat(Json.parse(api.get("/api/v1/escalations?breached=true", developer).body()).get("items").size()).isEqualTo(1);
        assertThat(database.count("SELECT count(*) FROM mail_outbox WHERE dedupe_key LIKE 'escalation:" + id + ":breached:%'"))
                .isEqualTo(2);
    }

    @Test
    void theAcknowledgementClockNeverHoldsAnEscalationWhoseTicketAnActionHolds() throws Exception {
        String id = escalate().get("id").getStringValue();
        try (Connection action = dataSource.getConnection(); Statement statement = action.createStatement()) {
            action.setAutoCommit(false);
            statement.execute("SELECT 1 FROM ticket WHERE id = '" + ticket + "' FOR UPDATE");
            database.execute("UPDATE escalation SET warn_at = now() - interval '2 minutes', ack_due_at = now() - interval '1 minute' WHERE id = '" + id + "'");
            Thread.sleep(1500); // several scheduler rounds while the action holds the ticket

            // the action goes on to the ticket's escalation: free, not taken by a clock waiting for the ticket
            statement.execute("SELECT 1 FROM escalation WHERE id = '" + id + "' FOR UPDATE NOWAIT");
            assertThat(database.count("SELECT count(*) FROM ticket_event WHERE type = 'escalation.acknowledgement-breached'")).isZero();
            action.rollback();
        }

        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline && database.count(
                "SELECT count(*) FROM ticket_event WHERE type = 'escalation.acknowledgement-breached'") == 0) {
            Thread.sleep(100);
        }
        Thread.sleep(800);
        assertThat(database.count("SELECT count(*) FROM ticket_event WHERE type = 'escalation.acknowledgement-warning'")).isEqualTo(1);
        assertThat(database.count("SELECT count(*) FROM ticket_event WHERE type = 'escalation.acknowledgement-breached'")).isEqualTo(1);
    }
}
