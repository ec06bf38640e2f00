package online.pass24.desk.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import online.pass24.desk.support.Api;
import online.pass24.desk.support.Database;
import online.pass24.desk.support.Json;
import online.pass24.desk.support.KeycloakTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** E-mail really goes out over SMTP: a GreenMail server receives what clients and staff would. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MailDeliveryTest {

    private final GreenMail smtp = new GreenMail(new ServerSetup(3125, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Inject
    EmbeddedServer server;

    @Inject
    Database database;

    Api api;
    String agent;

    @BeforeAll
    void startSmtp() {
        smtp.start();
    }

    @AfterAll
    void stopSmtp() {
        smtp.stop();
    }

    @BeforeEach
    void setUp() throws Exception {
        api = new Api(server);
        agent = KeycloakTokens.user("agent");
        database.execute("TRUNCATE mail_outbox");
        database.clearTickets();
        database.execute("DELETE FROM specialist");
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void cleanUp() {
        database.execute("DELETE FROM specialist");
    }

    @Test
    void aMessageToTheClientGoesOutOverSmtpThreadedUnderTheTicket() throws Exception {
        String ticket = open("EMERGENCY", "ivan.petrov@example.ru");

        JsonNode first = send(ticket, "{\"channel\":\"EMAIL\",\"direction\":\"OUTBOUND\",\"templateKind\":\"FIRST_CONTACT\"}");
        assertThat(first.get("deliveryStatus").getStringValue()).isEqualTo("QUEUED");
        MimeMessage firstMail = awaitMail("ivan.petrov@example.ru", 1).get(0);
        send(ticket, "{\"channel\":\"EMAIL\",\"direction\":\"OUTBOUND\",\"text\":\"Работаем над решением, сообщим о результатах.\"}");
        List<MimeMessage> mails = awaitMail("ivan.petrov@example.ru", 2);

        String key = Json.parse(api.get("/api/v1/tickets/" + ticket, agent).body()).get("key").getStringValue();
        assertThat(firstMail.getSubject()).startsWith("[" + key + "]");
        assertThat(((String) firstMail.getContent()).trim()).startsWith("Здравствуйте, Иван Петров!");
        MimeMessage second = mails.get(1);
        assertThat(second.getSubject()).contains(key);
        assertThat(second.getHeader("In-Reply-To")[0]).isEqualTo(firstMail.getMessageID());
        waitUntil(() -> database.count("SELECT count(*) FROM communication WHERE delivery_status = 'SENT'") == 2);
        assertThat(database.count("SELECT count(*) FROM communication WHERE delivery_status = 'SENT'")).isEqualTo(2);
    }

    @Test
    void anEmailWithoutAnAddressIsRefused() {
        String ticket = open("EMERGENCY", null);

        Api.Response response = api.post("/api/v1/tickets/" + ticket + "/communications", agent,
                "{\"channel\":\"EMAIL\",\"direction\":\"OUTBOUND\",\"text\":\"Здравствуйте\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(database.count("SELECT count(*) FROM mail_outbox")).isZero();
    }

    @Test
    void theAgentsOnDutyHearOfANewEmergencyOnce() throws Exception {
        String allWeek = String.join(",", Arrays.stream(new String[]{"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"})
                .map(d -> "{\"day\":\"" + d + "\",\"start\":\"00:00\",\"end\":\"24:00\"}").toList());
        api.post("/api/v1/specialists", KeycloakTokens.user("lead"),
                "{\"name\":\"Дежурный\",\"productArea\":\"СКУД\",\"email\":\"duty@example.ru\",\"duty\":[" + allWeek + "]}");

        String emergency = open("EMERGENCY", null);
        String standard = open("STANDARD", null);

        List<MimeMessage> mails = awaitMail("duty@example.ru", 1);
        Thread.sleep(1000);
        assertThat(smtp.getReceivedMessagesForDomain("duty@example.ru")).hasSize(1);
        assertThat(mails.get(0).getSubject()).contains("Новое экстренное обращение");
        assertThat(database.count("SELECT count(*) FROM event_log WHERE type = 'notification.new-emergency' AND subject = '"
                + emergency + "'")).isEqualTo(1);
        assertThat(database.count("SELECT count(*) FROM event_log WHERE type = 'notification.new-emergency' AND subject = '"
                + standard + "'")).isZero();
    }

    @Test
    void aBreachReachesTheLeadOnce() throws Exception {
        open("EMERGENCY", null, "2026-11-02T07:00:00Z");

        List<MimeMessage> mails = awaitMail("lead@emergency-desk.local", 2);

        assertThat(mails).extracting(MimeMessage::getSubject).allMatch(s -> s.contains("Нарушен срок SLA"));
        Thread.sleep(1000);
        // first contact and resolution: one message each, not one per round
        assertThat(smtp.getReceivedMessagesForDomain("lead@emergency-desk.local")).hasSize(2);
    }

    private String open(String level, String email) {
        return open(level, email, null);
    }

    private String open(String level, String email, String receivedAt) {
        String body = "{\"clientName\":\"ООО Ромашка\",\"contactName\":\"Иван Петров\",\"channel\":\"PHONE\",\"level\":\"" + level
                + "\",\"title\":\"СКУД недоступна\"" + (email == null ? "" : ",\"contactEmail\":\"" + email + "\"")
                + (receivedAt == null ? "" : ",\"receivedAt\":\"" + receivedAt + "\"") + "}";
        Api.Response response = api.post("/api/v1/tickets", agent, body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return Json.parse(response.body()).get("id").getStringValue();
    }

    private JsonNode send(String ticket, String body) {
        Api.Response response = api.post("/api/v1/tickets/" + ticket + "/communications", agent, body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return Json.parse(response.body());
    }

    private List<MimeMessage> awaitMail(String recipient, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (smtp.getReceivedMessagesForDomain(recipient).length < count && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        MimeMessage[] received = smtp.getReceivedMessagesForDomain(recipient);
        assertThat(received).as("mail to " + recipient).hasSizeGreaterThanOrEqualTo(count);
        return List.of(received);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }
}
