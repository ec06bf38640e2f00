package online.pass24.desk.shared;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import online.pass24.desk.support.Api;
import online.pass24.desk.support.Database;
import online.pass24.desk.support.Json;
import online.pass24.desk.support.KeycloakTokens;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every list pages with a cursor, at most 100 at a time, without repeating or skipping. */
@MicronautTest(transactional = false)
class PaginationApiTest {

    @Inject
    EmbeddedServer server;

    @Inject
    Database database;

    @Test
    void aTicketsHistoryPagesThroughEveryEventOnce() {
        Api api = new Api(server);
        String agent = KeycloakTokens.user("agent");
        database.clearTickets();
        String id = Json.parse(api.post("/api/v1/tickets", agent, """
                {"clientName":"ООО Ромашка","contactName":"Иван","channel":"PHONE","level":"EMERGENCY","title":"Сбой"}""").body())
                .get("id").getStringValue();
        for (int i = 0; i < 4; i++) {
            api.post("/api/v1/tickets/" + id + "/communications", agent,
                    "{\"channel\":\"CHAT\",\"direction\":\"INBOUND\",\"text\":\"Сообщение " + i + "\"}");
        }
        String path = "/api/v1/tickets/" + id + "/events";
        long all = Json.parse(api.get(path, agent).body()).get("items").size();

        List<Long> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = Json.parse(api.get(path + "?limit=2" + (cursor == null ? "" : "&cursor=" + cursor), agent).body());
            assertThat(page.get("items").size()).isBetween(1, 2);
            page.get("items").values().forEach(e -> seen.add(e.get("id").getLongValue()));
            cursor = page.get("nextCursor") == null || page.get("nextCursor").isNull() ? null : page.get("nextCursor").getStringValue();
            pages++;
        } while (cursor != null && pages < 20);

        assertThat(all).isGreaterThanOrEqualTo(5);
        assertThat(seen).hasSize((int) all).doesNotHaveDuplicates().isSorted();
        JsonNode messages = Json.parse(api.get("/api/v1/tickets/" + id + "/communications?limit=3", agent).body());
        assertThat(messages.get("items").size()).isEqualTo(3);
        assertThat(messages.get("nextCursor").getStringValue()).isNotBlank();
        assertThat(api.get(path + "?limit=101", agent).status()).isEqualTo(400);
        assertThat(api.get(path + "?cursor=bm90LWEtY3Vyc29y", agent).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/tickets?limit=101", agent).status()).isEqualTo(400);
    }
}
