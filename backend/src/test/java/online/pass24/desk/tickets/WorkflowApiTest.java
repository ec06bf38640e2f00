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

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The regulation's six steps over HTTP, with their errors, timers, checklist and history. */
@MicronautTest(transactional = false)
class WorkflowApiTest {

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
    void anEmergencyWalksThroughAllSixStepsAndTheChecklistIsComplete() {
        String id = open(TicketFixture.emergency());

        JsonNode t = act(id, "contact", "{\"channel\":\"PHONE\",\"summary\":\"Связались, уточнили ситуацию\"}");
        assertThat(timer(t, "FIRST_CONTACT").get("state").getStringValue()).isEqualTo("MET");
        assertThat(timer(t, "STATUS_UPDATE").get("state").getStringValue()).isEqualTo("RUNNING");
        t = act(id, "criticality", "{\"confirmed\":true,\"criterion\":\"TOTAL_OUTAGE\"}");
        assertThat(t.get("status").getStringValue()).isEqualTo("IN_PROGRESS");
        assertThat(timer(t, "DIAGNOSIS").get("state").getStringValue()).isEqualTo("RUNNING");
        t = patch(id, "{\"whatFails\":\"Турникеты не открываются\",\"affectedUsers\":300,\"productVersion\":\"5.2.1\"}");
        assertThat(t.get("information").get("whatFails").getStringValue()).isEqualTo("Турникеты не открываются");
        t = act(id, "diagnosis", "{\"problemType\":\"FUNCTIONAL\",\"cause\":\"Сбой службы синхронизации после обновления\"}");
        assertThat(t.get("status").getStringValue()).isEqualTo("DIAGNOSED");
        assertThat(timer(t, "DIAGNOSIS").get("state").getStringValue()).isEqualTo("MET");
        t = act(id, "solution", "{\"path\":\"KNOWN_SOLUTION\",\"description\":\"Перезапуск службы синхронизации\"}");
        assertThat(t.get("status").getStringValue()).isEqualTo("SOLUTION_APPLIED");
        assertThat(timer(t, "RESOLUTION").get("state").getStringValue()).isEqualTo("MET");
        t = act(id, "restoration", "{\"verified\":\"Проход по картам работает на всех турникетах\"}");
        assertThat(t.get("status").getStringValue()).isEqualTo("AWAITING_CONFIRMATION");
        t = act(id, "confirmation", "{\"confirmedBy\":\"Иван Петров\",\"channel\":\"PHONE\"}");
        assertThat(t.get("status").getStringValue()).isEqualTo("RESOLVED");
        t = act(id, "close", "{\"cause\":\"Сбой службы синхронизации\",\"solution\":\"Перезапуск службы\",\"recommendations\":\"Обновиться до 5.2.2\"}");

        assertThat(t.get("status").getStringValue()).isEqualTo("CLOSED");
        assertThat(t.get("closure").get("resolutionMinutes").getLongValue()).isLessThan(5);
        Map<String, Boolean> checklist = items(t.get("checklist"));
        assertThat(checklist).hasSize(11).doesNotContainValue(false);
        assertThat(items(t.get("successCriteria"))).hasSize(5).doesNotContainValue(false);
        assertThat(t.get("allowedActions").size()).isZero();
        List<String> history = new ArrayList<>();
        Json.parse(api.get("/api/v1/tickets/" + id + "/events", agent).body()).get("items").values()
                .forEach(e -> history.add(e.get("type").getStringValue()));
        assertThat(history).containsSubsequence("ticket.created", "ticket.contact", "ticket.criticality", "ticket.information",
                "ticket.diagnosis", "ticket.solution", "ticket.restoration", "ticket.confirmation", "ticket.close");
    }

    @Test
    void eachEventRecordsWhoAndTheStateBeforeAndAfter() {
        String id = open(TicketFixture.emergency());
        act(id, "criticality", "{\"confirmed\":true,\"criterion\":\"TOTAL_OUTAGE\"}");

        JsonNode event = lastEvent(id, "ticket.criticality");

        assertThat(event.get("type").getStringValue()).isEqualTo("ticket.criticality");
        assertThat(event.get("actor").getStringValue()).isEqualTo("agent");
        assertThat(event.get("data").get("before").get("status").getStringValue()).isEqualTo("NEW");
        assertThat(event.get("data").get("after").get("status").getStringValue()).isEqualTo("IN_PROGRESS");
        assertThat(event.get("data").get("input").get("criterion").getStringValue()).isEqualTo("TOTAL_OUTAGE");
    }

    @Test
    void anActionTheStatusDoesNotAllowIsAConflictNamingTheAllowedOnes() {
        String id = open(TicketFixture.emergency());
        long events = database.count("SELECT count(*) FROM ticket_event");

        Api.Response response = api.post("/api/v1/tickets/" + id + "/close", agent,
                "{\"cause\":\"x\",\"solution\":\"y\"}");

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = Json.parse(response.body());
        assertThat(problem.get("type").getStringValue()).endsWith("/invalid-transition");
        List<String> allowed = new ArrayList<>();
        problem.get("allowedActions").values().forEach(a -> allowed.add(a.getStringValue()));
        assertThat(allowed).contains("CONTACT", "CRITICALITY").doesNotContain("CLOSE", "DIAGNOSIS");
        assertThat(database.count("SELECT count(*) FROM ticket_event")).isEqualTo(events);
        assertThat(get(id).get("status").getStringValue()).isEqualTo("NEW");
    }

    @Test
    void theDiagnosisWaitsUntilInformationIsCollectedOrTheSkipIsRecorded() {
        String id = open(TicketFixture.emergency());
        act(id, "criticality", "{\"confirmed\":true,\"criterion\":\"TOTAL_OUTAGE\"}");

        assertThat(api.post("/api/v1/tickets/" + id + "/diagnosis", agent, "{\"problemType\":\"ACCESS\",\"cause\":\"x\"}").status())
                .isEqualTo(409);
        JsonNode t = act(id, "information-skipped", "{\"reason\":\"Проблема очевидна: сервер лицензий недоступен\"}");
        assertThat(t.get("informationSkippedReason").getStringValue()).contains("очевидна");
        t = act(id, "diagnosis", "{\"problemType\":\"ACCESS\",\"cause\":\"Сервер лицензий недоступен\"}");
        assertThat(t.get("status").getStringValue()).isEqualTo("DIAGNOSED");
        assertThat(items(t.get("checklist"))).containsEntry("INFORMATION_COLLECTED", true);
    }

    @Test
    void aStaleVersionIsRefusedAndChangesNothing() {
        String id = open(TicketFixture.emergency());
        String etag = api.get("/api/v1/tickets/" + id, agent).etag();
        act(id, "contact", "{\"channel\":\"PHONE\",\"summary\":\"Первый звонок\"}");

        Api.Response stale = api.post("/api/v1/tickets/" + id + "/criticality", agent,
                "{\"confirmed\":true,\"criterion\":\"TOTAL_OUTAGE\"}", etag);

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(get(id).get("status").getStringValue()).isEqualTo("NEW");
        String fresh = api.get("/api/v1/tickets/" + id, agent).etag();
        assertThat(api.post("/api/v1/tickets/" + id + "/criticality", agent,
                "{\"confirmed\":true,\"criterion\":\"TOTAL_OUTAGE\"}", fresh).status()).isEqualTo(200);
    }

    @Test
    void aPatchWithoutIfMatchIsRefused() {
        String id = open(TicketFixture.emergency());

        Api.Response response = api.patch("/api/v1/tickets/" + id, agent, "{\"whatFails\":\"всё\"}", null);

        assertThat(response.status()).isEqualTo(428);
        assertThat(get(id).get("information")).isNull();
    }

    @Test
    void invalidBodiesAreRefusedNamingTheField() {
        String id = open(TicketFixture.emergency());
        act(id, "criticality", "{\"confirmed\":true,\"criterion\":\"TOTAL_OUTAGE\"}");
        act(id, "information-skipped", "{\"reason\":\"очевидно\"}");

        assertField(api.post("/api/v1/tickets/" + id + "/diagnosis", agent, "{\"problemType\":\"ACCESS\"}"), "cause");
        assertField(api.post("/api/v1/tickets/" + id + "/diagnosis", agent, "{\"problemType\":\"MAGIC\",\"cause\":\"x\"}"), null);
        act(id, "diagnosis", "{\"problemType\":\"PRODUCT_DEFECT\",\"cause\":\"Ошибка в модуле пропусков\"}");
        assertField(api.post("/api/v1/tickets/" + id + "/solution", agent,
                "{\"path\":\"FURTHER_DIAGNOSIS\",\"description\":\"Нужны логи\"}"), "plan");
        assertField(api.post("/api/v1/tickets/" + id + "/contact", agent,
                "{\"channel\":\"PHONE\",\"summary\":\"x\",\"at\":\"" + Instant.now().plus(Duration.ofHours(1)) + "\"}"), "at");
        assertThat(get(id).get("status").getStringValue()).isEqualTo("DIAGNOSED");
    }

    @Test
    void aProductDefectPlanOpensAnEscalation() {
        String id = open(TicketFixture.emergency());
        act(id, "criticality", "{\"confirmed\":true,\"criterion\":\"CRITICAL_DEFECT\"}");
        act(id, "information-skipped", "{\"reason\":\"очевидно\"}");
        act(id, "diagnosis", "{\"problemType\":\"PRODUCT_DEFECT\",\"cause\":\"Ошибка сохранения данных\"}");

        JsonNode t = act(id, "solution", "{\"path\":\"PRODUCT_DEFECT\",\"description\":\"Ошибка воспроизведена на стенде\","
                + "\"workaround\":\"Сохранять через импорт\",\"plan\":\"Исправление в 5.2.3\"}");

        assertThat(t.get("status").getStringValue()).isEqualTo("PLAN_DEFINED");
        assertThat(t.get("escalations").size()).isEqualTo(1);
        assertThat(t.get("escalations").get(0).get("status").getStringValue()).isEqualTo("OPEN");
    }

    @Test
    void developersWallboardsAndIntegrationsCannotAct() {
        String id = open(TicketFixture.emergency());
        for (String token : List.of(KeycloakTokens.user("developer"), KeycloakTokens.user("wallboard"),
                KeycloakTokens.integration("integration-demo", "integration-demo-secret"))) {
            assertThat(api.post("/api/v1/tickets/" + id + "/contact", token, "{\"channel\":\"PHONE\",\"summary\":\"x\"}").status())
                    .isEqualTo(403);
        }
        assertThat(api.post("/api/v1/tickets/" + id + "/contact", null, "{\"channel\":\"PHONE\",\"summary\":\"x\"}").status())
                .isEqualTo(401);
        assertThat(get(id).get("firstContact")).isNull();
    }

    @Test
    void aRejectedEmergencyIsDowngradedAndItsTimersFollowTheStandardPolicy() {
        String id = open(TicketFixture.emergency().with("receivedAt", "2026-11-24T07:00:00Z")); // Tue 10:00 in Moscow

        JsonNode t = act(id, "criticality", "{\"confirmed\":false,\"justification\":\"Проблема в настройке у клиента\"}");

        assertThat(t.get("level").getStringValue()).isEqualTo("STANDARD");
        JsonNode resolution = timer(t, "RESOLUTION");
        assertThat(resolution.get("targetMinutes").getIntValue()).isEqualTo(1440);
        // 1440 business minutes from Tuesday 10:00 with 9-hour days: 8 h Tuesday, 9 h Wednesday, 7 h Thursday
        assertThat(Instant.parse(resolution.get("dueAt").getStringValue())).isEqualTo(Instant.parse("2026-11-26T13:00:00Z"));
        assertThat(lastEvent(id, "ticket.criticality").get("data").get("after").get("level").getStringValue()).isEqualTo("STANDARD");
    }

    @Test
    void anUpgradeStartsTheEmergencyClocksAtTheUpgrade() {
        String id = open(TicketFixture.standard());

        JsonNode t = act(id, "level-change", "{\"level\":\"EMERGENCY\",\"justification\":\"Не работает ни один турникет\"}");

        assertThat(t.get("level").getStringValue()).isEqualTo("EMERGENCY");
        JsonNode firstContact = timer(t, "FIRST_CONTACT");
        assertThat(firstContact.get("targetMinutes").getIntValue()).isEqualTo(15);
        assertThat(Instant.parse(firstContact.get("startedAt").getStringValue())).isAfter(Instant.parse(t.get("receivedAt").getStringValue()));
        assertThat(api.post("/api/v1/tickets/" + id + "/level-change", agent,
                "{\"level\":\"STANDARD\",\"justification\":\"x\"}").status()).isEqualTo(400);
    }

    @Test
    void aBreachIsAnnouncedOnceAndAnExtensionKeepsIt() throws InterruptedException {
        String id = open(TicketFixture.emergency().with("receivedAt", "2026-11-02T07:00:00Z"));

        waitFor(() -> count(id, "sla.breached") >= 2);
        Thread.sleep(600);
        assertThat(count(id, "sla.breached")).isEqualTo(2); // FIRST_CONTACT and RESOLUTION, once each
        JsonNode t = get(id);
        assertThat(timer(t, "RESOLUTION").get("state").getStringValue()).isEqualTo("BREACHED");
        assertThat(timer(t, "RESOLUTION").get("businessSecondsRemaining").getLongValue()).isNegative();
        assertThat(items(t.get("owedActions"))).containsEntry("NEW_TARGET", false).containsEntry("STATUS_NOTICE", false);

        act(id, "contact", "{\"channel\":\"PHONE\",\"summary\":\"Сообщили о статусе\",\"delayReason\":\"Ждём ответ разработки\"}");
        t = act(id, "deadline-extension", "{\"metric\":\"RESOLUTION\",\"targetMinutes\":100000,\"reason\":\"Согласовано с клиентом\"}");

        JsonNode resolution = timer(t, "RESOLUTION");
        assertThat(resolution.get("state").getStringValue()).isEqualTo("RUNNING");
        assertThat(resolution.get("breachedAt")).isNotNull();
        assertThat(resolution.get("extended").getBooleanValue()).isTrue();
        assertThat(items(t.get("owedActions"))).containsEntry("NEW_TARGET", true).containsEntry("STATUS_NOTICE", true);
    }

    @Test
    void theQueuePutsBreachedEmergenciesFirstThenTheNearestDue() throws InterruptedException {
        String fresh = open(TicketFixture.emergency().with("title", "fresh emergency"));
        String old = open(TicketFixture.emergency().with("title", "overdue emergency").with("receivedAt", "2026-11-02T07:00:00Z"));
        open(TicketFixture.standard().with("title", "standard"));
        waitFor(() -> count(old, "sla.breached") >= 1);

        List<String> titles = new ArrayList<>();
        Json.parse(api.get("/api/v1/tickets", agent).body()).get("items").values().forEach(i -> titles.add(i.get("title").getStringValue()));

        assertThat(titles).containsExactly("overdue emergency", "fresh emergency", "standard");
        List<String> breachedOnly = new ArrayList<>();
        Json.parse(api.get("/api/v1/tickets?breached=true", agent).body()).get("items").values()
                .forEach(i -> breachedOnly.add(i.get("title").getStringValue()));
        assertThat(breachedOnly).containsExactly("overdue emergency");
        assertThat(Json.parse(api.get("/api/v1/tickets?q=FRESH", agent).body()).get("items").size()).isEqualTo(1);
        assertThat(Json.parse(api.get("/api/v1/tickets?status=CLOSED", agent).body()).get("items").size()).isZero();
        assertThat(fresh).isNotBlank();
    }

    @Test
    void pausingIsForStandardTicketsOnly() {
        String emergency = open(TicketFixture.emergency());
        String standard = open(TicketFixture.standard());

        assertThat(api.post("/api/v1/tickets/" + emergency + "/pause", agent, "{\"reason\":\"ждём клиента\"}").status()).isEqualTo(409);
        JsonNode t = act(standard, "pause", "{\"reason\":\"Ждём логи от клиента\"}");
        assertThat(timer(t, "RESOLUTION").get("state").getStringValue()).isEqualTo("PAUSED");
        t = act(standard, "resume", "{}");
        assertThat(timer(t, "RESOLUTION").get("state").getStringValue()).isIn("RUNNING", "BREACHED");
    }

    @Test
    void anAgentTakesATicketButOnlyTheLeadAssignsOthers() {
        String id = open(TicketFixture.emergency());

        assertThat(api.post("/api/v1/tickets/" + id + "/assignment", agent, "{\"assignee\":\"someone-else\"}").status()).isEqualTo(403);
        assertThat(act(id, "assignment", "{\"assignee\":\"agent\"}").get("assignee").getStringValue()).isEqualTo("agent");
        Api.Response byLead = api.post("/api/v1/tickets/" + id + "/assignment", KeycloakTokens.user("lead"), "{\"assignee\":\"petrov\"}");
        assertThat(Json.parse(byLead.body()).get("assignee").getStringValue()).isEqualTo("petrov");
    }

    @Test
    void theIntakeAssessmentSuggestsEmergencyWhenInDoubt() {
        String doubtful = open(TicketFixture.standard().with("assessment", "{\"mostUsersAffected\":false}"));
        String clear = open(TicketFixture.standard().with("assessment",
                "{\"systemUnusable\":false,\"criticalErrorConfirmed\":false,\"mostUsersAffected\":false,\"workaroundExists\":true}"));

        assertThat(get(doubtful).get("assessment").get("suggestedLevel").getStringValue()).isEqualTo("EMERGENCY");
        assertThat(get(clear).get("assessment").get("suggestedLevel").getStringValue()).isEqualTo("STANDARD");
    }

    private void assertField(Api.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        if (field != null) {
            assertThat(response.body()).contains("\"field\":\"" + field + "\"");
        }
    }

    private String open(TicketFixture fixture) {
        Api.Response response = api.post("/api/v1/tickets", agent, fixture.json());
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return Json.parse(response.body()).get("id").getStringValue();
    }

    private JsonNode act(String id, String action, String body) {
        Api.Response response = api.post("/api/v1/tickets/" + id + "/" + action, agent, body);
        assertThat(response.status()).as(action + ": " + response.body()).isEqualTo(200);
        assertThat(response.etag()).isNotBlank();
        return Json.parse(response.body());
    }

    private JsonNode patch(String id, String body) {
        String etag = api.get("/api/v1/tickets/" + id, agent).etag();
        Api.Response response = api.patch("/api/v1/tickets/" + id, agent, body, etag);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return Json.parse(response.body());
    }

    private JsonNode get(String id) {
        return Json.parse(api.get("/api/v1/tickets/" + id, agent).body());
    }

    private JsonNode lastEvent(String id, String type) {
        JsonNode last = null;
        for (JsonNode event : Json.parse(api.get("/api/v1/tickets/" + id + "/events", agent).body()).get("items").values()) {
            if (event.get("type").getStringValue().equals(type)) {
                last = event;
            }
        }
        assertThat(last).as("an event " + type).isNotNull();
        return last;
    }

    private long count(String id, String type) {
        return database.count("SELECT count(*) FROM ticket_event WHERE ticket_id = '" + id + "' AND type = '" + type + "'");
    }

    private static JsonNode timer(JsonNode ticket, String metric) {
        for (JsonNode timer : ticket.get("timers").values()) {
            if (timer.get("metric").getStringValue().equals(metric)) {
                return timer;
            }
        }
        throw new AssertionError("no timer " + metric + " in " + ticket);
    }

    private static Map<String, Boolean> items(JsonNode list) {
        Map<String, Boolean> items = new HashMap<>();
        for (JsonNode item : list.values()) {
            String code = item.get("item") != null ? item.get("item").getStringValue() : item.get("action").getStringValue();
            items.put(code, item.get("done").getBooleanValue());
        }
        return items;
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(100);
        }
    }
}
