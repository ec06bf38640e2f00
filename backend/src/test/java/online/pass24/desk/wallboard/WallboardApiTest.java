package online.pass24.desk.wallboard;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import online.pass24.desk.support.Api;
import online.pass24.desk.support.Database;
import online.pass24.desk.support.Json;
import online.pass24.desk.support.KeycloakTokens;
import online.pass24.desk.support.SseClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The support room's wall: the numbers that matter now, live, without a client's contacts. */
@MicronautTest(transactional = false)
class WallboardApiTest {

    @Inject
    EmbeddedServer server;

    @Inject
    Database database;

    Api api;
    String agent;
    String wallboard;

    @BeforeEach
    void setUp() {
        api = new Api(server);
        agent = KeycloakTokens.user("agent");
        wallboard = KeycloakTokens.user("wallboard");
        database.clearTickets();
    }

    private String open(String level, String title) {
        Api.Response created = api.post("/api/v1/tickets", agent, """
                {"clientName":"ООО Ромашка","contactName":"Иван Петров","contactPhone":"+7 900 111-22-33",
                 "contactEmail":"ivan@romashka.example","channel":"PHONE","level":"%s","title":"%s"}""".formatted(level, title));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return Json.parse(created.body()).get("id").getStringValue();
    }

    @Test
    void theWallShowsOpenEmergenciesWithTheirClocksAndNoContacts() {
        open("EMERGENCY", "СКУД недоступна");
        open("EMERGENCY", "Не открываются турникеты");
        open("STANDARD", "Вопрос по отчёту");

        Api.Response response = api.get("/api/v1/wallboard", wallboard);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode board = Json.parse(response.body());
        assertThat(board.get("openEmergencies").getIntValue()).isEqualTo(2);
        assertThat(board.get("emergencies").size()).isEqualTo(2);
        JsonNode card = board.get("emergencies").get(0);
        assertThat(card.get("clientName").getStringValue()).isEqualTo("ООО Ромашка");
        assertThat(card.get("timers").size()).isGreaterThanOrEqualTo(1);
        assertThat(card.get("timers").get(0).get("metric").getStringValue()).isEqualTo("FIRST_CONTACT");
        assertThat(response.body()).doesNotContain("+7 900", "ivan@romashka", "Иван Петров");
        assertThat(board.get("complianceToday").get("met").getIntValue()).isZero();
        assertThat(board.get("complianceToday").get("percent")).isNull();
        assertThat(api.get("/api/v1/wallboard", KeycloakTokens.user("developer")).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/wallboard",
                KeycloakTokens.integration("integration-demo", "integration-demo-secret")).status()).isEqualTo(403);
    }

    @Test
    void complianceCountsTheTargetsThatEndedTodayInTimeAndLate() {
        String met = open("EMERGENCY", "В срок");
        String late = open("EMERGENCY", "С опозданием");
        database.execute("UPDATE sla_timer SET stopped_at = now(), due_at = now() + interval '5 minutes' WHERE metric = 'FIRST_CONTACT' AND ticket_id = '" + met + "'");
        database.execute("UPDATE sla_timer SET stopped_at = now(), due_at = now() - interval '5 minutes', breached_at = now() - interval '5 minutes'"
                + " WHERE metric = 'FIRST_CONTACT' AND ticket_id = '" + late + "'");

        JsonNode board = Json.parse(api.get("/api/v1/wallboard", wallboard).body());

        assertThat(board.get("complianceToday").get("met").getIntValue()).isEqualTo(1);
        assertThat(board.get("complianceToday").get("breached").getIntValue()).isEqualTo(1);
        assertThat(board.get("complianceToday").get("percent").getDoubleValue()).isEqualTo(50.0);
        assertThat(board.get("complianceWeek").get("met").getIntValue()).isEqualTo(1);
        assertThat(board.get("breachedToday").getIntValue()).isEqualTo(1);
    }

    @Test
    void theLiveWallChangesWithinASecondOfANewEmergency() throws Exception {
        try (SseClient wall = SseClient.connect(server.getURI().resolve("/api/v1/wallboard/stream"), wallboard, null)) {
            assertThat(wall.status()).isEqualTo(200);
            SseClient.Event first = wall.next(e -> e.name().equals("wallboard"), Duration.ofSeconds(5));
            assertThat(first).isNotNull();
            open("EMERGENCY", "Новое экстренное");
            // what the wall must show now, computed afresh (the stream's first frame may predate the cleared tables)
            int now = Json.parse(api.get("/api/v1/wallboard", wallboard).body()).get("openEmergencies").getIntValue();
            assertThat(now).isPositive();
            SseClient.Event changed = wall.next(e -> e.name().equals("wallboard")
                    && Json.parse(e.data()).get("openEmergencies").getIntValue() == now, Duration.ofSeconds(5));

            assertThat(changed).isNotNull();
        }
    }
}
