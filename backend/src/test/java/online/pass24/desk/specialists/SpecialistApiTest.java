package online.pass24.desk.specialists;

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

import static org.assertj.core.api.Assertions.assertThat;

/** The key specialists directory, its duty schedule, and specialists joining a ticket in step 4. */
@MicronautTest(transactional = false)
class SpecialistApiTest {

    private static final String ALWAYS_ON_DUTY = """
            {"name":"Сергей Сетевой","productArea":"Сеть и контроллеры","phone":"+7 900 000-00-01",
             "duty":[%s]}""".formatted(String.join(",", java.util.Arrays.stream(new String[]{
            "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"})
            .map(d -> "{\"day\":\"" + d + "\",\"start\":\"00:00\",\"end\":\"24:00\"}").toList()));

    @Inject
    EmbeddedServer server;

    @Inject
    Database database;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(server);
        database.clearTickets();
        database.execute("DELETE FROM specialist");
    }

    @Test
    void theLeadKeepsTheDirectoryAndAgentsSeeWhoIsOnDuty() {
        String lead = KeycloakTokens.user("lead");
        Api.Response created = api.post("/api/v1/specialists", lead, ALWAYS_ON_DUTY);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        api.post("/api/v1/specialists", lead, "{\"name\":\"Ольга Отпускная\",\"productArea\":\"Биллинг\",\"duty\":[]}");

        JsonNode onDuty = Json.parse(api.get("/api/v1/specialists?onDuty=true", KeycloakTokens.user("agent")).body()).get("items");
        JsonNode all = Json.parse(api.get("/api/v1/specialists", KeycloakTokens.user("agent")).body()).get("items");

        assertThat(onDuty.size()).isEqualTo(1);
        assertThat(onDuty.get(0).get("name").getStringValue()).isEqualTo("Сергей Сетевой");
        assertThat(all.size()).isEqualTo(2);
        assertThat(api.post("/api/v1/specialists", KeycloakTokens.user("agent"), ALWAYS_ON_DUTY).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/specialists", lead, "{\"name\":\"\",\"productArea\":\"x\"}").status()).isEqualTo(400);
        assertThat(api.post("/api/v1/specialists", lead,
                "{\"name\":\"x\",\"productArea\":\"x\",\"duty\":[{\"day\":\"MONDAY\",\"start\":\"18:00\",\"end\":\"09:00\"}]}").status())
                .isEqualTo(400);
    }

    @Test
    void specialistsJoinATicketAsParticipants() {
        String lead = KeycloakTokens.user("lead");
        String specialist = Json.parse(api.post("/api/v1/specialists", lead, ALWAYS_ON_DUTY).body()).get("id").getStringValue();
        String ticket = Json.parse(api.post("/api/v1/tickets", lead, """
                {"clientName":"ООО Ромашка","contactName":"Анна","channel":"PHONE","title":"Контроллеры офлайн","level":"EMERGENCY"}""")
                .body()).get("id").getStringValue();

        Api.Response added = api.post("/api/v1/tickets/" + ticket + "/participants", lead,
                "{\"specialistIds\":[\"" + specialist + "\"]}");

        assertThat(added.status()).as(added.body()).isEqualTo(200);
        assertThat(Json.parse(added.body()).get("participants").get(0).get("name").getStringValue()).isEqualTo("Сергей Сетевой");
        assertThat(api.post("/api/v1/tickets/" + ticket + "/participants", lead,
                "{\"specialistIds\":[\"6f1c0f44-2f5e-4c2a-9d55-2b1f0c7f0a11\"]}").status()).isEqualTo(400);
    }
}
