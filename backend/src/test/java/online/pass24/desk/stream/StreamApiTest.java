package online.pass24.desk.stream;

import io.micronaut.context.ApplicationContext;
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

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The live stream: in order, resumable without loss, the same on every instance, fair to the fast. */
@MicronautTest(transactional = false)
class StreamApiTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

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

    private URI stream(EmbeddedServer on, String query) {
        return on.getURI().resolve("/api/v1/stream" + query);
    }

    private String open(String token, String title) {
        Api.Response created = api.post("/api/v1/tickets", token, """
                {"clientName":"ООО Ромашка","contactName":"Иван","contactPhone":"+7 900 000-00-00","channel":"PHONE",
                 "level":"EMERGENCY","title":"%s"}""".formatted(title));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return Json.parse(created.body()).get("id").getStringValue();
    }

    private static boolean created(SseClient.Event event, String ticket) {
        return event.name().equals("ticket.created") && event.data().contains(ticket);
    }

    @Test
    void aNewTicketReachesTheStreamWithAnIdATypeAndItsData() throws Exception {
        try (SseClient client = SseClient.connect(stream(server, ""), agent, null)) {
            assertThat(client.status()).isEqualTo(200);
            assertThat(client.header("Content-Type")).startsWith("text/event-stream");
            assertThat(client.header("Cache-Control")).contains("no-cache");
            assertThat(client.header("X-Accel-Buffering")).isEqualTo("no");
            assertThat(client.next(e -> e.name().equals("comment") && e.data().equals("connected"), WAIT)).isNotNull();

            String ticket = open(agent, "Сбой СКУД");

            SseClient.Event event = client.next(e -> created(e, ticket), WAIT);
            assertThat(event).isNotNull();
            assertThat(Long.parseLong(event.id())).isPositive();
            JsonNode data = Json.parse(event.data());
            assertThat(data.get("id").getLongValue()).isEqualTo(Long.parseLong(event.id()));
            assertThat(data.get("ticketId").getStringValue()).isEqualTo(ticket);
            assertThat(data.get("data").get("level").getStringValue()).isEqualTo("EMERGENCY");
            assertThat(client.next(e -> e.name().equals("comment") && e.data().equals("heartbeat"), Duration.ofSeconds(3))).isNotNull();
        }
    }

    @Test
    void aTargetMetByAnActionIsAnnouncedAsMet() throws Exception {
        String ticket = open(agent, "Первый контакт вовремя");
        try (SseClient client = SseClient.connect(stream(server, "?types=sla,ticket.contact&ticket=" + ticket), agent, null)) {
            client.next(e -> e.data().equals("connected"), WAIT);

            api.post("/api/v1/tickets/" + ticket + "/contact", agent, "{\"channel\":\"PHONE\",\"summary\":\"Связались\"}");

            assertThat(client.next(e -> e.name().equals("ticket.contact"), WAIT)).isNotNull();
            SseClient.Event met = client.next(e -> e.name().equals("sla.met"), WAIT);
            assertThat(met).isNotNull();
            assertThat(Json.parse(met.data()).get("data").get("metric").getStringValue()).isEqualTo("FIRST_CONTACT");
        }
    }

    @Test
    void aClientThatReturnsWithLastEventIdGetsExactlyWhatItMissed() throws Exception {
        String lastSeen;
        try (SseClient client = SseClient.connect(stream(server, "?types=ticket.created"), agent, null)) {
            String first = open(agent, "До разрыва");
            lastSeen = client.next(e -> created(e, first), WAIT).id();
        }
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            missed.add(open(agent, "Пока не было связи " + i));
        }

        try (SseClient back = SseClient.connect(stream(server, "?types=ticket.created"), agent, lastSeen)) {
            List<SseClient.Event> replayed = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                SseClient.Event event = back.next(e -> e.name().equals("ticket.created"), WAIT);
                assertThat(event).as("missed event " + i).isNotNull();
                replayed.add(event);
            }
            assertThat(replayed).extracting(e -> Json.parse(e.data()).get("ticketId").getStringValue()).containsExactlyElementsOf(missed);
            assertThat(replayed).extracting(e -> Long.parseLong(e.id())).isSorted().allMatch(id -> id > Long.parseLong(lastSeen));
            assertThat(back.next(e -> e.name().equals("ticket.created"), Duration.ofMillis(800))).as("nothing twice").isNull();

            String after = open(agent, "После возвращения");
            assertThat(back.next(e -> created(e, after), WAIT)).isNotNull();
        }
    }

    @Test
    void aResumeFromBeforeTheLogGetsAResetFirst() throws Exception {
        database.execute("UPDATE stream_retention SET pruned_through = 1000000000");
        try (SseClient client = SseClient.connect(stream(server, ""), agent, "5")) {
            SseClient.Event reset = client.next(e -> !e.name().equals("comment"), WAIT);
            assertThat(reset.name()).isEqualTo("reset");
            String ticket = open(agent, "После сброса");
            assertThat(client.next(e -> created(e, ticket), WAIT)).isNotNull();
        } finally {
            database.execute("UPDATE stream_retention SET pruned_through = 0");
        }
    }

    @Test
    void anEventCommittedOnOneInstanceReachesSubscribersOfAnother() throws Exception {
        try (EmbeddedServer other = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", "-1"), "test");
             SseClient client = SseClient.connect(stream(other, ""), agent, null)) {
            client.next(e -> e.data().equals("connected"), WAIT);

            String ticket = open(agent, "Через другой экземпляр");

            assertThat(client.next(e -> created(e, ticket), WAIT)).isNotNull();
        }
    }

    @Test
    void eachCallerSeesWhatItsRoleAndOrganisationAllow() throws Exception {
        String demo = KeycloakTokens.integration("integration-demo", "integration-demo-secret");
        String other = KeycloakTokens.integration("integration-other", "integration-other-secret");
        String wallboard = KeycloakTokens.user("wallboard");
        try (SseClient demoStream = SseClient.connect(stream(server, ""), demo, null);
             SseClient otherStream = SseClient.connect(stream(server, ""), other, null);
             SseClient wall = SseClient.connect(stream(server, ""), wallboard, null)) {
            demoStream.next(e -> e.data().equals("connected"), WAIT);
            otherStream.next(e -> e.data().equals("connected"), WAIT);
            wall.next(e -> e.data().equals("connected"), WAIT);

            String own = open(demo, "Своё");
            api.post("/api/v1/tickets/" + own + "/communications", agent,
                    "{\"channel\":\"CHAT\",\"direction\":\"INBOUND\",\"text\":\"Секретный текст клиента\"}");

            assertThat(demoStream.next(e -> created(e, own), WAIT)).isNotNull();
            assertThat(demoStream.next(e -> e.name().equals("communication.recorded"), WAIT)).isNotNull();
            SseClient.Event onWall = wall.next(e -> created(e, own), WAIT);
            assertThat(onWall).isNotNull();
            List<SseClient.Event> wallRest = wall.drain(Duration.ofSeconds(1));
            assertThat(wallRest).noneMatch(e -> e.name().startsWith("communication."));
            assertThat(otherStream.drain(Duration.ofMillis(500))).noneMatch(e -> e.data().contains(own));
        }
    }

    @Test
    void aSlowSubscriberIsCutOffWithAResetWhileOthersGetEverything() throws Exception {
        try (EmbeddedServer small = ApplicationContext.run(EmbeddedServer.class,
                Map.of("micronaut.server.port", "-1", "stream.buffer", "2048"), "test");
             SseClient slow = SseClient.connectIdle(stream(small, ""), agent);
             SseClient fast = SseClient.connect(stream(small, ""), agent, null)) {
            fast.next(e -> e.data().equals("connected"), WAIT);
            // 20,000 events at some 10,000 a second: far more than the sockets and the ring can
            // hold for the idle reader, easy for the one that reads
            for (int chunk = 0; chunk < 20; chunk++) {
                database.execute("""
                        INSERT INTO event_log (type, subject, occurred_at, data)
                        SELECT 'load.test', 'load', now(), jsonb_build_object('n', n, 'padding', repeat('x', 600))
                        FROM generate_series(%d, %d) AS n""".formatted(chunk * 1000 + 1, chunk * 1000 + 1000));
                Thread.sleep(100);
            }
            long head = database.count("SELECT max(id) FROM event_log");

            SseClient.Event last = fast.next(e -> e.data().matches(".*\"n\": ?20000[,}].*"), Duration.ofSeconds(60));
            assertThat(last).as("the fast subscriber got the last event").isNotNull();

            slow.startReading();
            SseClient.Event reset = slow.next(e -> e.name().equals("reset"), Duration.ofSeconds(60));
            assertThat(reset).as("the slow one is told to refetch").isNotNull();
            assertThat(head).isPositive();
        }
    }

    @Test
    void aCallerMayHoldOnlySoManyStreams() {
        String lead = KeycloakTokens.user("lead");
        List<SseClient> held = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                SseClient client = SseClient.connect(stream(server, ""), lead, null);
                assertThat(client.status()).isEqualTo(200);
                held.add(client);
            }
            SseClient refused = SseClient.connect(stream(server, ""), lead, null);
            held.add(refused);
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.header("Retry-After")).isNotNull();
        } finally {
            held.forEach(SseClient::close);
        }
    }

    @Test
    void badInputIsAProblem() {
        Api.Response bad = api.get("/api/v1/stream?types=DROP%20TABLE", agent, "text/event-stream");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/v1/stream", null, "text/event-stream").status()).isEqualTo(401);
    }
}
