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

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A change of the production calendar moves the due instants of running timers. */
@MicronautTest(transactional = false)
class CalendarRecomputeTest {

    @Inject
    EmbeddedServer server;

    @Inject
    Database database;

    @AfterEach
    void restore() {
        database.execute("DELETE FROM business_calendar_exception WHERE day = DATE '2026-11-24'");
        database.execute("UPDATE business_calendar SET version = version + 1 WHERE is_default");
        database.clearTickets();
    }

    @Test
    void declaringAHolidayMovesTheResolutionDueInstant() throws InterruptedException {
        Api api = new Api(server);
        String lead = KeycloakTokens.user("lead");
        // Tuesday 24 November 2026, 10:00 in Moscow: 4 business hours end at 14:00 the same day
        String id = Json.parse(api.post("/api/v1/tickets", lead, """
                {"clientName":"ООО Ромашка","contactName":"Анна","channel":"PHONE","title":"Всё стоит","level":"EMERGENCY",
                 "receivedAt":"2026-11-24T07:00:00Z"}""").body()).get("id").getStringValue();
        assertThat(resolutionDue(api, lead, id)).isEqualTo(Instant.parse("2026-11-24T11:00:00Z"));

        api.put("/api/v1/calendars/default/exceptions/2026-11-24", lead, "{\"kind\":\"HOLIDAY\",\"note\":\"Тест\"}", null);

        // the whole Tuesday is off now: Wednesday 09:00 + 4 h = 13:00 Moscow
        Instant expected = Instant.parse("2026-11-25T10:00:00Z");
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!resolutionDue(api, lead, id).equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(resolutionDue(api, lead, id)).isEqualTo(expected);
        api.delete("/api/v1/calendars/default/exceptions/2026-11-24", lead);
    }

    private static Instant resolutionDue(Api api, String token, String id) {
        for (JsonNode timer : Json.parse(api.get("/api/v1/tickets/" + id, token).body()).get("timers").values()) {
            if (timer.get("metric").getStringValue().equals("RESOLUTION")) {
                return Instant.parse(timer.get("dueAt").getStringValue());
            }
        }
        throw new AssertionError("no RESOLUTION timer");
    }
}
