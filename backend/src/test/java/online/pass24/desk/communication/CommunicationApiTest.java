package online.pass24.desk.communication;

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

import static org.assertj.core.api.Assertions.assertThat;

/** Talking to the client from the regulation's scripts, without saying what it forbids. */
@MicronautTest(transactional = false)
class CommunicationApiTest {

    @Inject
    EmbeddedServer server;

    @Inject
    Database database;

    Api api;
    String agent;
    String ticket;

    @BeforeEach
    void setUp() {
        api = new Api(server);
        agent = KeycloakTokens.user("agent");
        database.clearTickets();
        ticket = Json.parse(api.post("/api/v1/tickets", agent, """
                {"clientName":"ООО Ромашка","contactName":"Иван Петров","channel":"PHONE","level":"EMERGENCY",
                 "title":"СКУД недоступна"}""").body()).get("id").getStringValue();
    }

    @AfterEach
    void restore() {
        database.execute("DELETE FROM message_template WHERE version > 1");
        database.execute("DELETE FROM forbidden_phrase");
        database.execute("""
                INSERT INTO forbidden_phrase (phrase, added_at) VALUES ('Это займет много времени', now()),
                ('Мы не гарантируем решение в срок', now()), ('Это не наша проблема', now())""");
    }

    @Test
    void theFirstContactScriptIsRenderedFromTheTicketAndStopsTheClock() {
        JsonNode preview = Json.parse(api.post("/api/v1/tickets/" + ticket + "/communications/preview", agent,
                "{\"templateKind\":\"FIRST_CONTACT\"}").body());
        assertThat(preview.get("text").getStringValue()).startsWith("Здравствуйте, Иван Петров!")
                .contains("Я Анна Агентова").contains("Ваше обращение EM-").contains("agent@emergency-desk.local");
        assertThat(preview.get("missing").size()).isZero();
        assertThat(preview.get("subject").getStringValue()).startsWith("[EM-");

        Api.Response sent = api.post("/api/v1/tickets/" + ticket + "/communications", agent,
                "{\"channel\":\"PHONE\",\"direction\":\"OUTBOUND\",\"templateKind\":\"FIRST_CONTACT\"}");

        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        JsonNode communication = Json.parse(sent.body());
        assertThat(communication.get("templateKind").getStringValue()).isEqualTo("FIRST_CONTACT");
        assertThat(communication.get("templateVersion").getIntValue()).isEqualTo(1);
        assertThat(communication.get("deliveryStatus").getStringValue()).isEqualTo("LOGGED");
        JsonNode ticketNow = Json.parse(api.get("/api/v1/tickets/" + ticket, agent).body());
        assertThat(ticketNow.get("firstContact").get("channel").getStringValue()).isEqualTo("PHONE");
        for (JsonNode timer : ticketNow.get("timers").values()) {
            if (timer.get("metric").getStringValue().equals("FIRST_CONTACT")) {
                assertThat(timer.get("state").getStringValue()).isEqualTo("MET");
            }
        }
        assertThat(Json.parse(api.get("/api/v1/tickets/" + ticket + "/communications", agent).body()).get("items").size()).isEqualTo(1);
    }

    @Test
    void aContactRecordedThroughTheWorkflowIsInTheConversationLog() {
        Api.Response contacted = api.post("/api/v1/tickets/" + ticket + "/contact", agent,
                "{\"channel\":\"PHONE\",\"summary\":\"Позвонили клиенту, приняли в работу\"}");
        assertThat(contacted.status()).as(contacted.body()).isEqualTo(200);

        JsonNode log = Json.parse(api.get("/api/v1/tickets/" + ticket + "/communications", agent).body()).get("items");

        assertThat(log.size()).isEqualTo(1);
        assertThat(log.get(0).get("channel").getStringValue()).isEqualTo("PHONE");
        assertThat(log.get(0).get("direction").getStringValue()).isEqualTo("OUTBOUND");
        assertThat(log.get(0).get("text").getStringValue()).isEqualTo("Позвонили клиенту, приняли в работу");
        assertThat(log.get(0).get("subject")).isNull();
        assertThat(log.get(0).get("deliveryStatus").getStringValue()).isEqualTo("LOGGED");
    }

    @Test
    void aForbiddenPhraseIsShownWhereItIsAndNeedsAnOverride() {
        String text = "Здравствуйте! К сожалению, это займёт очень много времени.";

        JsonNode preview = Json.parse(api.post("/api/v1/tickets/" + ticket + "/communications/preview", agent,
                "{\"text\":\"" + text + "\"}").body());
        JsonNode finding = preview.get("forbidden").get(0);
        assertThat(finding.get("phrase").getStringValue()).isEqualTo("Это займет много времени");
        assertThat(text.substring(finding.get("start").getIntValue(), finding.get("end").getIntValue()))
                .isEqualTo("это займёт очень много времени");

        Api.Response refused = api.post("/api/v1/tickets/" + ticket + "/communications", agent,
                "{\"channel\":\"CHAT\",\"direction\":\"OUTBOUND\",\"text\":\"" + text + "\"}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(Json.parse(refused.body()).get("type").getStringValue()).endsWith("/forbidden-phrase");
        assertThat(Json.parse(refused.body()).get("findings").size()).isEqualTo(1);
        assertThat(database.count("SELECT count(*) FROM communication")).isZero();
        assertThat(Json.parse(api.get("/api/v1/tickets/" + ticket, agent).body()).get("firstContact")).isNull();

        Api.Response overridden = api.post("/api/v1/tickets/" + ticket + "/communications", agent,
                "{\"channel\":\"CHAT\",\"direction\":\"OUTBOUND\",\"text\":\"" + text + "\",\"overrideWarnings\":true}");
        assertThat(overridden.status()).isEqualTo(201);
        assertThat(Json.parse(overridden.body()).get("overrideWarnings").getBooleanValue()).isTrue();
        assertThat(Json.parse(overridden.body()).get("warnings").size()).isEqualTo(1);
    }

    @Test
    void aTemplateLackingValuesIsFlaggedAndNotSent() {
        JsonNode preview = Json.parse(api.post("/api/v1/tickets/" + ticket + "/communications/preview", agent,
                "{\"templateKind\":\"RESOLUTION_NOTICE\"}").body());
        assertThat(preview.get("text").getStringValue()).contains("[нет данных: cause]");
        java.util.List<String> missing = new java.util.ArrayList<>();
        preview.get("missing").values().forEach(m -> missing.add(m.getStringValue()));
        assertThat(missing).contains("cause", "solution", "resolutionTime");

        Api.Response refused = api.post("/api/v1/tickets/" + ticket + "/communications", agent,
                "{\"channel\":\"EMAIL\",\"direction\":\"OUTBOUND\",\"templateKind\":\"RESOLUTION_NOTICE\"}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(Json.parse(refused.body()).get("type").getStringValue()).endsWith("/missing-placeholder");
    }

    @Test
    void anInboundMessageIsLoggedWithoutMovingTheClocks() {
        Api.Response logged = api.post("/api/v1/tickets/" + ticket + "/communications", agent,
                "{\"channel\":\"EMAIL\",\"direction\":\"INBOUND\",\"text\":\"Всё ещё не работает, это не наша проблема?\"}");

        assertThat(logged.status()).isEqualTo(201);
        assertThat(Json.parse(api.get("/api/v1/tickets/" + ticket, agent).body()).get("firstContact")).isNull();
    }

    @Test
    void theLeadVersionsTemplatesAndEditsThePhrases() {
        String lead = KeycloakTokens.user("lead");
        Api.Response put = api.put("/api/v1/templates/STATUS_UPDATE", lead,
                "{\"subject\":\"[{{ticketKey}}] Статус\",\"body\":\"{{clientName}}, работаем. Срок: {{newDueTime}}.\"}", null);
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(Json.parse(put.body()).get("version").getIntValue()).isEqualTo(2);
        assertThat(api.put("/api/v1/templates/STATUS_UPDATE", lead, "{\"subject\":\"x\",\"body\":\"{{unknown}}\"}", null).status())
                .isEqualTo(400);
        assertThat(api.put("/api/v1/templates/STATUS_UPDATE", agent, "{\"subject\":\"x\",\"body\":\"y\"}", null).status())
                .isEqualTo(403);

        assertThat(api.put("/api/v1/forbidden-phrases", lead, "{\"items\":[\"Перезвоните позже\"]}", null).status()).isEqualTo(200);
        JsonNode preview = Json.parse(api.post("/api/v1/tickets/" + ticket + "/communications/preview", agent,
                "{\"text\":\"Пожалуйста, перезвоните нам позже\"}").body());
        assertThat(preview.get("forbidden").size()).isEqualTo(1);
        assertThat(api.put("/api/v1/forbidden-phrases", agent, "{\"items\":[]}", null).status()).isEqualTo(403);
    }

    @Test
    void anotherRoleOrAMissingTextIsRefused() {
        assertThat(api.post("/api/v1/tickets/" + ticket + "/communications", KeycloakTokens.user("wallboard"),
                "{\"channel\":\"PHONE\",\"direction\":\"OUTBOUND\",\"text\":\"x\"}").status()).isEqualTo(403);
        Api.Response empty = api.post("/api/v1/tickets/" + ticket + "/communications", agent,
                "{\"channel\":\"PHONE\",\"direction\":\"OUTBOUND\"}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("\"field\":\"text\"");
        assertThat(database.count("SELECT count(*) FROM communication")).isZero();
    }
}
