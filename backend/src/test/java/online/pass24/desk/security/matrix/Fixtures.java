package online.pass24.desk.security.matrix;

import com.sun.net.httpserver.HttpServer;
import io.micronaut.json.tree.JsonNode;
import online.pass24.desk.support.Api;
import online.pass24.desk.support.Json;
import online.pass24.desk.support.KeycloakTokens;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The data the calls of the matrix act on, made through the API as support and organisation A
 * ("integration-demo", organisation {@code demo-client}) would make it: A's tickets in each step
 * of the regulation, an escalation, a webhook with a delivery, a calendar, a specialist, a
 * knowledge article, an attachment. Shared ones are made once; {@code fresh} ones for each call
 * that is expected to change them. Every id and key of organisation A is remembered, so that no
 * answer to organisation B may name one.
 */
public final class Fixtures implements AutoCloseable {

    public static final String MARK = "Security matrix";
    static final String ORGANISATION_A = "demo-client";
    public static final String CALENDAR_YEAR = "2031";

    /** The steps of the regulation a fresh ticket can be brought to. */
    enum Step { NEW, IN_PROGRESS, INFORMATION_SKIPPED, DIAGNOSED, SOLUTION_APPLIED, AWAITING_CONFIRMATION, RESOLVED, CLOSED }

    private final Api api;
    private final Map<String, Object> shared = new ConcurrentHashMap<>();
    private final Set<String> organisationA = ConcurrentHashMap.newKeySet();
    private final AtomicInteger serial = new AtomicInteger();
    private final HttpServer receiver;

    public Fixtures(Api api) {
        this.api = api;
        organisationA.add(ORGANISATION_A);
        try {
            receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        receiver.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
    }

    Api api() {
        return api;
    }

    static String agent() {
        return KeycloakTokens.user("agent");
    }

    static String lead() {
        return KeycloakTokens.user("lead");
    }

    static String developer() {
        return KeycloakTokens.user("developer");
    }

    static String organisationA() {
        return KeycloakTokens.integration("integration-demo", "integration-demo-secret");
    }

    static String organisationB() {
        return KeycloakTokens.integration("integration-other", "integration-other-secret");
    }

    /** Ids, keys and the name of organisation A: what organisation B must never read. */
    public Set<String> organisationAMarkers() {
        return organisationA;
    }

    int next() {
        return serial.incrementAndGet();
    }

    // ---- tickets -------------------------------------------------------------------------------

    static String ticketBody(String level, int n) {
        return """
                {"clientName":"ООО «Северный» %d","contactName":"Иван Петров","contactPhone":"+7 495 123-45-67",
                 "contactEmail":"ivan.petrov@example.ru","channel":"API","title":"%s: турникеты не пропускают %d",
                 "description":"После обновления ни один пропуск не срабатывает","level":"%s"%s}"""
                .formatted(n, MARK, n, level, level.equals("EMERGENCY") ? ",\"criterion\":\"TOTAL_OUTAGE\"" : "");
    }

    /** Organisation A's ticket everyone reads: with a communication and an attachment. */
    String ticket() {
        return once("ticket", () -> {
            String id = ticketIn(Step.NEW, "EMERGENCY");
            expect(api.post("/api/v1/tickets/" + id + "/communications", agent(),
                    "{\"channel\":\"PHONE\",\"direction\":\"INBOUND\",\"text\":\"Клиент сообщил о сбое\"}"), 201);
            return id;
        });
    }

    String attachment() {
        return once("attachment", () -> {
            Call upload = Call.multipart("/api/v1/tickets/" + ticket() + "/attachments", "journal.txt", "text/plain",
                    "2026-11-03 10:15:02 ERROR sync: license server unreachable\n".getBytes(StandardCharsets.UTF_8));
            return id(expect(upload.send(api, agent()), 201));
        });
    }

    String ticketIn(Step step) {
        return ticketIn(step, "EMERGENCY");
    }

    /** A new ticket of organisation A, brought by support through the regulation's steps to {@code step}. */
    String ticketIn(Step step, String level) {
        Api.Response created = api.post("/api/v1/tickets", organisationA(), ticketBody(level, next()));
        String id = id(expect(created, 201));
        organisationA.add(id);
        organisationA.add(Json.parse(created.body()).get("key").getStringValue());
        String[][] walk = {
                {"criticality", "{\"confirmed\":true,\"criterion\":\"TOTAL_OUTAGE\"}"},
                {"information-skipped", "{\"reason\":\"Проблема очевидна: сервер лицензий недоступен\"}"},
                {"diagnosis", "{\"problemType\":\"FUNCTIONAL\",\"cause\":\"Сбой службы синхронизации\"}"},
                {"solution", "{\"path\":\"KNOWN_SOLUTION\",\"description\":\"Перезапуск службы синхронизации\"}"},
                {"restoration", "{\"verified\":\"Проход по картам работает\"}"},
                {"confirmation", "{\"confirmedBy\":\"Иван Петров\",\"channel\":\"PHONE\"}"},
                {"close", "{\"cause\":\"Сбой службы синхронизации\",\"solution\":\"Перезапуск службы\"}"}};
        for (int i = 0; i < step.ordinal(); i++) {
            expect(api.post("/api/v1/tickets/" + id + "/" + walk[i][0], agent(), walk[i][1]), 200);
        }
        return id;
    }

    /** A standard ticket of organisation A whose timers support paused (the standard policy allows it). */
    String pausedTicket() {
        String id = ticketIn(Step.NEW, "STANDARD");
        expect(api.post("/api/v1/tickets/" + id + "/pause", agent(), "{\"reason\":\"Ждём ответа клиента\"}"), 200);
        return id;
    }

    String etag(String path) {
        return expect(api.get(path, lead()), 200).etag();
    }

    // ---- escalations ---------------------------------------------------------------------------

    /** An escalation of organisation A's ticket, moved by development to {@code status}. */
    String escalation(String status) {
        String ticket = ticketIn(Step.NEW);
        String id = id(expect(api.post("/api/v1/tickets/" + ticket + "/escalations", agent(), escalationBody()), 201));
        organisationA.add(id);
        if (status.equals("ACKNOWLEDGED")) {
            expect(api.post("/api/v1/escalations/" + id + "/acknowledge", developer(), "{}"), 200);
        }
        return id;
    }

    String escalation() {
        return once("escalation", () -> escalation("OPEN"));
    }

    static String escalationBody() {
        return """
                {"description":"Служба синхронизации падает после обновления 5.2.1","severity":"LOW","notifyClient":false,
                 "diagnostics":{"productVersion":"5.2.1","stepsToReproduce":"Обновить сервер и перезапустить"}}""";
    }

    // ---- webhooks ------------------------------------------------------------------------------

    String webhookUrl() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks/" + next();
    }

    /** A subscription of organisation A. */
    String newWebhook() {
        String id = id(expect(api.post("/api/v1/webhooks", organisationA(),
                "{\"url\":\"" + webhookUrl() + "\",\"eventTypes\":[\"ticket.created\"],\"description\":\"" + MARK + "\"}"), 201));
        organisationA.add(id);
        return id;
    }

    String webhook() {
        return once("webhook", this::newWebhook);
    }

    /** A delivery of {@link #webhook()}: a ticket of organisation A opened after it subscribed. */
    String delivery() {
        return once("delivery", () -> {
            String webhook = webhook();
            ticketIn(Step.NEW);
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (System.nanoTime() < deadline) {
                JsonNode items = Json.parse(expect(api.get("/api/v1/webhooks/" + webhook + "/deliveries", organisationA()), 200)
                        .body()).get("items");
                if (items.size() > 0) {
                    String id = items.get(0).get("id").getStringValue();
                    organisationA.add(id);
                    return id;
                }
                pause(100);
            }
            throw new AssertionError("No delivery to organisation A's webhook within 15 s");
        });
    }

    // ---- calendars, specialists, knowledge -----------------------------------------------------

    /** A calendar of its own, so the lead's changes touch no calendar a policy uses. */
    String calendar() {
        return once("calendar", () -> {
            String id = id(expect(api.post("/api/v1/calendars", lead(), calendarBody()), 201));
            calendarException(id, CALENDAR_YEAR + "-01-02");
            return id;
        });
    }

    String calendarBody() {
        return """
                {"name":"%s %d","zone":"Europe/Moscow","weeklyHours":[
                 {"day":"MONDAY","intervals":[{"start":"09:00","end":"18:00"}]},
                 {"day":"TUESDAY","intervals":[{"start":"09:00","end":"18:00"}]}]}""".formatted(MARK, next());
    }

    /** A holiday on {@code date} of the calendar; returns the date. */
    String calendarException(String calendar, String date) {
        expect(api.put("/api/v1/calendars/" + calendar + "/exceptions/" + date, lead(),
                "{\"kind\":\"HOLIDAY\",\"note\":\"" + MARK + "\"}", null), 200);
        return date;
    }

    /** A date of {@link #CALENDAR_YEAR} not used before. */
    String freshDate() {
        int n = next();
        return "%s-%02d-%02d".formatted(CALENDAR_YEAR, 2 + n % 11, 1 + n % 28);
    }

    static String specialistBody(int n) {
        return """
                {"name":"%s: специалист %d","productArea":"Сеть и контроллеры","phone":"+7 900 000-00-01",
                 "duty":[{"day":"MONDAY","start":"09:00","end":"18:00"}]}""".formatted(MARK, n);
    }

    String newSpecialist() {
        return id(expect(api.post("/api/v1/specialists", lead(), specialistBody(next())), 201));
    }

    String specialist() {
        return once("specialist", this::newSpecialist);
    }

    static String articleBody(int n) {
        return """
                {"title":"%s: турникеты не работают %d","symptoms":"Ни один турникет не пропускает по картам",
                 "cause":"Сервер лицензий недоступен","solution":"Перезапустить службу лицензий","problemType":"FUNCTIONAL",
                 "tags":["турникеты"]}""".formatted(MARK, n);
    }

    String article() {
        return once("article", () -> id(expect(api.post("/api/v1/kb/articles", agent(), articleBody(next())), 201)));
    }

    // ---- helpers -------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private <T> T once(String name, Supplier<T> make) {
        Object value = shared.get(name);
        if (value == null) {
            value = make.get();
            shared.put(name, value);
        }
        return (T) value;
    }

    static Api.Response expect(Api.Response response, int status) {
        if (response.status() != status) {
            throw new AssertionError("A fixture could not be made: expected " + status + " but got " + response.status()
                    + " " + response.body());
        }
        return response;
    }

    static String id(Api.Response response) {
        return Json.parse(response.body()).get("id").getStringValue();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static byte[] multipart(String boundary, String fileName, String type, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    @Override
    public void close() {
        receiver.stop(0);
    }
}
