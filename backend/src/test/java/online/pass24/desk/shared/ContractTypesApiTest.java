package online.pass24.desk.shared;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Flow;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract's types held at the door (ContractTypes): what binding alone would have bent into
 * something else (a number into text, 1.5 into 1, "yes" into false, a word into a false filter)
 * is refused with the field named, and so are NUL characters PostgreSQL cannot store, bodies that
 * are not UTF-8 or nest too deep, and JSON sent in chunks past the 1 MiB limit.
 */
@MicronautTest(transactional = false)
class ContractTypesApiTest {

    private static final String VALID = """
            {"clientName":"ООО Ромашка","contactName":"Иван Петров","channel":"PHONE","title":"Турникеты","level":"STANDARD"%s}""";

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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a number for text               | ,"description":42                                  | description
            a one-element array for text    | ,"description":["x"]                               | description
            a number for an instant         | ,"receivedAt":1700000000                           | receivedAt
            a word for a boolean            | ,"assessment":{"systemUnusable":"yes"}             | assessment.systemUnusable
            a number for a boolean          | ,"assessment":{"workaroundExists":0}               | assessment.workaroundExists
            text with a NUL character       | ,"description":"a\\u0000b"                          | description
            text with a lone surrogate      | ,"description":"a\\ud800b"                          | description""")
    void aValueBindingWouldBendIsRefusedByName(String name, String extra, String field) {
        Api.Response response = api.post("/api/v1/tickets", agent, VALID.formatted(extra));

        assertRefused(response, 400, field);
        assertThat(database.count("SELECT count(*) FROM ticket")).isZero();
    }

    @Test
    void aFractionOrAnExponentIsNotAnInteger() {
        String id = Json.parse(api.post("/api/v1/tickets", agent, VALID.formatted("")).body()).get("id").getStringValue();
        String etag = api.get("/api/v1/tickets/" + id, agent).etag();

        assertRefused(api.patch("/api/v1/tickets/" + id, agent, "{\"affectedUsers\":1.5}", etag), 400, "affectedUsers");
        assertRefused(api.patch("/api/v1/tickets/" + id, agent, "{\"affectedUsers\":1e3}", etag), 400, "affectedUsers");
        assertThat(api.get("/api/v1/tickets/" + id, agent).etag()).isEqualTo(etag);
        assertThat(api.patch("/api/v1/tickets/" + id, agent, "{\"affectedUsers\":1000}", etag).status()).isEqualTo(200);
    }

    @Test
    void aListHoldsNoNulls() {
        Api.Response response = api.post("/api/v1/specialists", KeycloakTokens.user("lead"),
                "{\"name\":\"Сергей\",\"productArea\":\"Сеть\",\"duty\":[null]}");

        assertRefused(response, 400, "duty[0]");
        assertThat(database.count("SELECT count(*) FROM specialist WHERE name = 'Сергей'")).isZero();
    }

    @Test
    void aBooleanFilterTakesOnlyTrueOrFalse() {
        assertRefused(api.get("/api/v1/tickets?breached=banana", agent), 400, "breached");
        assertRefused(api.get("/api/v1/tickets?breached=1", agent), 400, "breached");
        assertThat(api.get("/api/v1/tickets?breached=false", agent).status()).isEqualTo(200);
    }

    @Test
    void aParameterWithANulCharacterIsRefused() {
        assertRefused(api.get("/api/v1/tickets?client=a%00b", agent), 400, "client");
        assertRefused(api.get("/api/v1/tickets?q=a%00b", agent), 400, "q");
    }

    @Test
    void bytesThatAreNotUtf8AndDeepNestingCannotBeRead() {
        String text = VALID.formatted(",\"description\":\"a~b\"");
        int at = text.getBytes(StandardCharsets.UTF_8).length - text.substring(text.indexOf('~')).getBytes(StandardCharsets.UTF_8).length;
        // a UTF-16 surrogate written as three UTF-8 bytes (CESU-8): no UTF-8 decoder may accept it
        byte[] surrogate = replace(text.getBytes(StandardCharsets.UTF_8), at, new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80});
        assertRefused(api.postRaw("/api/v1/tickets", agent, "application/json", surrogate), 400, null);
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertRefused(api.post("/api/v1/tickets", agent, VALID.formatted(",\"assessment\":" + deep)), 400, null);
        assertRefused(api.post("/api/v1/tickets", agent, VALID.formatted(",\"unknown\":" + deep)), 400, null);
        assertThat(database.count("SELECT count(*) FROM ticket")).isZero();
    }

    @Test
    void jsonSentInChunksIsHeldToTheSameMebibyte() throws IOException, InterruptedException {
        byte[] body = VALID.formatted(",\"description\":\"" + "x".repeat(2 * 1024 * 1024) + "\"").getBytes(StandardCharsets.UTF_8);
        HttpRequest chunked = HttpRequest.newBuilder(server.getURI().resolve("/api/v1/tickets"))
                .header("Authorization", "Bearer " + agent).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.fromPublisher(withoutLength(body))).build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(chunked, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void aCalendarFileNestedBeyondItsFormatIsRefusedAndChangesNothing() {
        String lead = KeycloakTokens.user("lead");
        String calendar = Json.parse(api.post("/api/v1/calendars", lead, """
                {"name":"Глубокий календарь","zone":"Europe/Moscow",
                 "weeklyHours":[{"day":"MONDAY","intervals":[{"start":"09:00","end":"18:00"}]}]}""").body()).get("id").getStringValue();
        try {
            String nested = "<calendar year=\"2031\">" + "<x>".repeat(1_000) + "</x>".repeat(1_000) + "</calendar>";
            Api.Response response = api.postRaw("/api/v1/calendars/" + calendar + "/import", lead, "application/xml",
                    nested.getBytes(StandardCharsets.UTF_8));

            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(response.body()).contains("nest deeper");
        } finally {
            database.execute("DELETE FROM business_calendar WHERE id = '" + calendar + "'");
        }
    }

    private void assertRefused(Api.Response response, int status, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = Json.parse(response.body());
        assertThat(problem.get("status").getIntValue()).isEqualTo(status);
        if (field != null) {
            List<String> fields = new ArrayList<>();
            problem.get("errors").values().forEach(error -> fields.add(error.get("field").getStringValue()));
            assertThat(fields).contains(field);
        }
    }

    /** {@code text} with its byte at {@code at} replaced by {@code insert}. */
    private static byte[] replace(byte[] text, int at, byte[] insert) {
        byte[] out = new byte[text.length - 1 + insert.length];
        System.arraycopy(text, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(text, at + 1, out, at + insert.length, text.length - at - 1);
        return out;
    }

    /** The body as a stream of unknown length, so the client sends it in chunks. */
    private static Flow.Publisher<ByteBuffer> withoutLength(byte[] body) {
        return HttpRequest.BodyPublishers.ofByteArray(body)::subscribe;
    }
}
