package online.pass24.desk.sla;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import online.pass24.desk.support.Api;
import online.pass24.desk.support.Database;
import online.pass24.desk.support.Json;
import online.pass24.desk.support.KeycloakTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** SLA policies: the regulation's defaults, new versions by the lead, and tickets keeping theirs. */
@MicronautTest(transactional = false)
class SlaPolicyApiTest {

    @Inject
    EmbeddedServer server;

    @Inject
    Database database;

    @AfterEach
    void restoreDefaults() {
        database.clearTickets();
        database.execute("DELETE FROM sla_policy WHERE version > 1");
    }

    @Test
    void theDefaultsAreTheRegulationsTable() {
        Api api = new Api(server);
        JsonNode emergency = Json.parse(api.get("/api/v1/sla-policies/EMERGENCY", KeycloakTokens.user("agent")).body());
        JsonNode standard = Json.parse(api.get("/api/v1/sla-policies/STANDARD", KeycloakTokens.user("agent")).body());

        assertThat(emergency.get("firstContactMinutes").getIntValue()).isEqualTo(15);
        assertThat(emergency.get("diagnosisMinutes").getIntValue()).isEqualTo(60);
        assertThat(emergency.get("resolutionMinutes").getIntValue()).isEqualTo(240);
        assertThat(emergency.get("statusUpdateMinutes").getIntValue()).isEqualTo(60);
        assertThat(emergency.get("pauseAllowed").getBooleanValue()).isFalse();
        assertThat(emergency.get("businessHours").getBooleanValue()).isTrue();
        assertThat(standard.get("firstContactMinutes").getIntValue()).isEqualTo(240);
        assertThat(standard.get("resolutionMinutes").getIntValue()).isEqualTo(1440);
        assertThat(standard.get("pauseAllowed").getBooleanValue()).isTrue();
    }

    @Test
    void aNewVersionAppliesToNewTicketsOnly() {
        Api api = new Api(server);
        String lead = KeycloakTokens.user("lead");
        String before = api.post("/api/v1/tickets", lead, """
                {"clientName":"ООО Ромашка","contactName":"Анна","channel":"PHONE","title":"до","level":"EMERGENCY"}""").body();
        String etag = api.get("/api/v1/sla-policies/EMERGENCY", lead).etag();

        Api.Response put = api.put("/api/v1/sla-policies/EMERGENCY", lead, """
                {"firstContactMinutes":10,"diagnosisMinutes":60,"resolutionMinutes":240,"statusUpdateMinutes":60,
                 "warningThresholds":[50,80,90],"pauseAllowed":false,"businessHours":false}""", etag);

        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(Json.parse(put.body()).get("version").getIntValue()).isEqualTo(2);
        assertThat(api.put("/api/v1/sla-policies/EMERGENCY", lead, """
                {"firstContactMinutes":5,"diagnosisMinutes":60,"resolutionMinutes":240,"statusUpdateMinutes":60}""", etag)
                .status()).isEqualTo(412);
        String after = api.post("/api/v1/tickets", lead, """
                {"clientName":"ООО Ромашка","contactName":"Анна","channel":"PHONE","title":"после","level":"EMERGENCY"}""").body();
        assertThat(Json.parse(before).get("policyVersion").getIntValue()).isEqualTo(1);
        assertThat(Json.parse(after).get("policyVersion").getIntValue()).isEqualTo(2);
        assertThat(Json.parse(after).get("timers").get(0).get("targetMinutes").getIntValue()).isEqualTo(10);
    }

    @Test
    void onlyTheLeadPublishesAndBadTargetsAreRefused() {
        Api api = new Api(server);
        String body = """
                {"firstContactMinutes":10,"diagnosisMinutes":60,"resolutionMinutes":240,"statusUpdateMinutes":60}""";

        assertThat(api.put("/api/v1/sla-policies/EMERGENCY", KeycloakTokens.user("agent"), body, null).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/sla-policies/EMERGENCY", KeycloakTokens.user("wallboard")).status()).isEqualTo(403);
        Api.Response zero = api.put("/api/v1/sla-policies/EMERGENCY", KeycloakTokens.user("lead"),
                body.replace("\"firstContactMinutes\":10", "\"firstContactMinutes\":0"), null);
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.body()).contains("firstContactMinutes");
        assertThat(database.count("SELECT max(version) FROM sla_policy WHERE level = 'EMERGENCY'")).isEqualTo(1);
    }
}
