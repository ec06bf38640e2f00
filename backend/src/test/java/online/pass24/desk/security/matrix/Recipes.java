package online.pass24.desk.security.matrix;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.json.tree.JsonNode;
import online.pass24.desk.security.matrix.Fixtures.Step;
import online.pass24.desk.support.Contract;
import online.pass24.desk.support.Json;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A valid request for each operation of the contract: the body and parameters a caller who may
 * call it would send, on organisation A's data, so that an allowed call really succeeds (2xx) and
 * a refusal is about who calls, not about what was sent. With {@code fresh}, data the call would
 * change is made anew for it (a ticket in the step the action needs, a specialist to delete…).
 */
public final class Recipes {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Recipes() {
    }

    /** The request for {@code operation}, or null when no recipe knows it yet. */
    public static Call of(Contract.Operation operation, Fixtures f, boolean fresh) {
        Call call = build(operation.id(), f, fresh);
        if (call == null) {
            return null;
        }
        if (!call.method().equals(operation.method())) {
            throw new AssertionError(operation.id() + ": the recipe sends " + call.method() + ", the contract says "
                    + operation.method());
        }
        return call.accepting(operation.successMediaType());
    }

    private static Call build(String operationId, Fixtures f, boolean fresh) {
        String calendars = "/api/v1/calendars/";
        String year = Fixtures.CALENDAR_YEAR;
        return switch (operationId) {
            // tickets and the queue
            case "createTicket" -> Call.json("POST", "/api/v1/tickets", Fixtures.ticketBody("EMERGENCY", f.next()));
            case "listTickets" -> Call.get("/api/v1/tickets?limit=50");
            case "getTicket" -> Call.get(ticket(f));
            case "updateTicketInformation" -> {
                String id = fresh ? f.ticketIn(Step.NEW) : f.ticket();
                yield Call.raw("PATCH", "/api/v1/tickets/" + id, "application/merge-patch+json",
                                utf8("{\"whatFails\":\"Турникеты не открываются\",\"affectedUsers\":300}"))
                        .with("If-Match", f.etag("/api/v1/tickets/" + id));
            }
            case "getMe" -> Call.get("/api/v1/me");
            case "getTicketTimers" -> Call.get(ticket(f) + "/timers");
            case "getTicketEvents" -> Call.get(ticket(f) + "/events");

            // the regulation's steps
            case "recordContact" -> action(f, fresh, Step.NEW, "contact", "{\"channel\":\"PHONE\",\"summary\":\"Связались с клиентом\"}");
            case "decideCriticality" -> action(f, fresh, Step.NEW, "criticality", "{\"confirmed\":true,\"criterion\":\"TOTAL_OUTAGE\"}");
            case "skipInformation" -> action(f, fresh, Step.NEW, "information-skipped", "{\"reason\":\"Проблема очевидна\"}");
            case "recordDiagnosis" -> action(f, fresh, Step.INFORMATION_SKIPPED, "diagnosis",
                    "{\"problemType\":\"FUNCTIONAL\",\"cause\":\"Сбой службы синхронизации\"}");
            case "recordSolution" -> action(f, fresh, Step.DIAGNOSED, "solution",
                    "{\"path\":\"KNOWN_SOLUTION\",\"description\":\"Перезапуск службы синхронизации\"}");
            case "recordRestoration" -> action(f, fresh, Step.SOLUTION_APPLIED, "restoration", "{\"verified\":\"Проход работает\"}");
            case "recordConfirmation" -> action(f, fresh, Step.AWAITING_CONFIRMATION, "confirmation",
                    "{\"confirmedBy\":\"Иван Петров\",\"channel\":\"PHONE\"}");
            case "reopenTicket" -> action(f, fresh, Step.AWAITING_CONFIRMATION, "reopen", "{\"reason\":\"Сбой повторился\"}");
            case "closeTicket" -> action(f, fresh, Step.RESOLVED, "close", "{\"cause\":\"Сбой службы\",\"solution\":\"Перезапуск\"}");
            case "changeLevel" -> action(f, fresh, Step.NEW, "level-change",
                    "{\"level\":\"STANDARD\",\"reason\":\"NOT_CRITICAL\",\"justification\":\"Работает обходной путь\"}");
            case "extendDeadline" -> action(f, fresh, Step.NEW, "deadline-extension",
                    "{\"metric\":\"RESOLUTION\",\"targetMinutes\":480,\"reason\":\"Ждём поставщика\"}");
            case "assignTicket" -> action(f, fresh, Step.NEW, "assignment", "{\"assignee\":\"agent\"}");
            case "addParticipants" -> action(f, fresh, Step.NEW, "participants",
                    "{\"specialistIds\":[\"" + f.specialist() + "\"]}");
            case "pauseTimers" -> Call.json("POST", "/api/v1/tickets/" + f.ticketIn(Step.NEW, "STANDARD") + "/pause",
                    "{\"reason\":\"Ждём ответа клиента\"}");
            case "resumeTimers" -> Call.json("POST", "/api/v1/tickets/" + f.pausedTicket() + "/resume", "{\"note\":\"Клиент ответил\"}");

            // calendars
            case "listCalendars" -> Call.get("/api/v1/calendars");
            case "createCalendar" -> Call.json("POST", "/api/v1/calendars", f.calendarBody());
            case "getCalendar" -> Call.get(calendars + f.calendar());
            case "updateCalendar" -> Call.json("PUT", calendars + f.calendar(), f.calendarBody());
            case "listCalendarExceptions" -> Call.get(calendars + f.calendar() + "/exceptions?year=" + year);
            case "getCalendarException" -> Call.get(calendars + f.calendar() + "/exceptions/" + year + "-01-02");
            case "putCalendarException" -> Call.json("PUT", calendars + f.calendar() + "/exceptions/" + f.freshDate(),
                    "{\"kind\":\"HOLIDAY\",\"note\":\"" + Fixtures.MARK + "\"}");
            case "deleteCalendarException" -> Call.delete(calendars + f.calendar() + "/exceptions/"
                    + (fresh ? f.calendarException(f.calendar(), f.freshDate()) : year + "-01-02"));
            case "importCalendarYear" -> Call.raw("POST", calendars + f.calendar() + "/import?year=" + year, "application/xml",
                    utf8("<calendar year=\"" + year + "\"><days><day d=\"01.02\" t=\"1\"/><day d=\"02.23\" t=\"1\"/></days></calendar>"));
            case "exportCalendarYear" -> Call.get(calendars + f.calendar() + "/export?year=" + year);
            case "listCalendarDays" -> Call.get(calendars + f.calendar() + "/days?from=" + year + "-01-01&to=" + year + "-01-31");
            case "addBusinessTime" -> Call.get(calendars + f.calendar() + "/business-time/add?from=" + year
                    + "-01-06T10:00:00%2B03:00&minutes=90");
            case "businessTimeBetween" -> Call.get(calendars + f.calendar() + "/business-time/between?from=" + year
                    + "-01-06T10:00:00%2B03:00&to=" + year + "-01-07T10:00:00%2B03:00");

            // SLA policies
            case "listSlaPolicies" -> Call.get("/api/v1/sla-policies");
            case "getSlaPolicy" -> Call.get("/api/v1/sla-policies/STANDARD");
            case "putSlaPolicy" -> Call.json("PUT", "/api/v1/sla-policies/STANDARD", samePolicy(f));

            // the key specialists
            case "listSpecialists" -> Call.get("/api/v1/specialists");
            case "createSpecialist" -> Call.json("POST", "/api/v1/specialists", Fixtures.specialistBody(f.next()));
            case "updateSpecialist" -> Call.json("PUT", "/api/v1/specialists/" + f.specialist(), Fixtures.specialistBody(f.next()));
            case "deleteSpecialist" -> Call.delete("/api/v1/specialists/" + (fresh ? f.newSpecialist() : f.specialist()));

            // knowledge base
            case "searchKnowledgeArticles" -> Call.get("/api/v1/kb/articles?q=%D1%82%D1%83%D1%80%D0%BD%D0%B8%D0%BA%D0%B5%D1%82");
            case "createKnowledgeArticle" -> Call.json("POST", "/api/v1/kb/articles", Fixtures.articleBody(f.next()));
            case "getKnowledgeArticle" -> Call.get("/api/v1/kb/articles/" + f.article());
            case "updateKnowledgeArticle" -> Call.json("PUT", "/api/v1/kb/articles/" + f.article(), Fixtures.articleBody(f.next()));
            case "createKnowledgeArticleFromTicket" -> Call.post("/api/v1/kb/articles/from-ticket/" + (fresh ? f.ticketIn(Step.CLOSED) : f.ticket()));
            case "suggestKnowledgeArticles" -> Call.get(ticket(f) + "/kb-suggestions");

            // communication
            case "listCommunications" -> Call.get(ticket(f) + "/communications");
            case "recordCommunication" -> Call.json("POST", ticket(f) + "/communications",
                    "{\"channel\":\"PHONE\",\"direction\":\"INBOUND\",\"text\":\"Клиент перезвонил\"}");
            case "previewCommunication" -> Call.json("POST", ticket(f) + "/communications/preview",
                    "{\"text\":\"Добрый день! Работаем над восстановлением.\"}");
            case "listTemplates" -> Call.get("/api/v1/templates");
            case "getTemplate" -> Call.get("/api/v1/templates/FIRST_CONTACT");
            case "putTemplate" -> Call.json("PUT", "/api/v1/templates/FIRST_CONTACT", sameTemplate(f));
            case "listForbiddenPhrases" -> Call.get("/api/v1/forbidden-phrases");
            case "putForbiddenPhrases" -> Call.json("PUT", "/api/v1/forbidden-phrases", samePhrases(f));

            // attachments
            case "listAttachments" -> Call.get(ticket(f) + "/attachments");
            case "uploadAttachment" -> Call.multipart(ticket(f) + "/attachments", "journal.txt", "text/plain",
                    utf8("2026-11-03 10:15:02 ERROR sync stopped\n"));
            case "downloadAttachment" -> Call.get(ticket(f) + "/attachments/" + f.attachment());

            // escalations to development
            case "createEscalation" -> Call.json("POST", "/api/v1/tickets/" + (fresh ? f.ticketIn(Step.NEW) : f.ticket())
                    + "/escalations", Fixtures.escalationBody());
            case "listEscalations" -> Call.get("/api/v1/escalations?limit=100");
            case "getEscalation" -> Call.get("/api/v1/escalations/" + f.escalation());
            case "acknowledgeEscalation" -> escalationMove(f, fresh, "OPEN", "acknowledge", "{\"comment\":\"Взяли в работу\"}");
            case "startEscalation" -> escalationMove(f, fresh, "OPEN", "start", "{\"comment\":\"Начали\"}");
            case "fixEscalation" -> escalationMove(f, fresh, "ACKNOWLEDGED", "fix", "{\"resolution\":\"Исправлено\",\"fixVersion\":\"5.2.2\"}");
            case "rejectEscalation" -> escalationMove(f, fresh, "OPEN", "reject", "{\"reason\":\"Не воспроизводится\"}");
            case "setEscalationExternalReference" -> Call.json("PUT", "/api/v1/escalations/" + f.escalation() + "/external-reference",
                    "{\"system\":\"JIRA\",\"key\":\"DEV-" + f.next() + "\",\"url\":\"https://jira.example.ru/browse/DEV-1\"}");

            // webhooks
            case "createWebhook" -> Call.json("POST", "/api/v1/webhooks",
                    "{\"url\":\"" + f.webhookUrl() + "\",\"eventTypes\":[\"ticket.created\"],\"description\":\"" + Fixtures.MARK + "\"}");
            case "listWebhooks" -> Call.get("/api/v1/webhooks?limit=100");
            case "getWebhook" -> Call.get("/api/v1/webhooks/" + f.webhook());
            case "deleteWebhook" -> Call.delete("/api/v1/webhooks/" + (fresh ? f.newWebhook() : f.webhook()));
            case "enableWebhook" -> Call.post("/api/v1/webhooks/" + f.webhook() + "/enable");
            case "listWebhookDeliveries" -> Call.get("/api/v1/webhooks/" + f.webhook() + "/deliveries");
            case "redeliverWebhook" -> Call.post("/api/v1/webhooks/" + f.webhook() + "/deliveries/" + f.delivery() + "/redeliver");

            // live stream, wallboard, reports
            case "streamEvents" -> Call.get("/api/v1/stream");
            case "getWallboard" -> Call.get("/api/v1/wallboard");
            case "streamWallboard" -> Call.get("/api/v1/wallboard/stream");
            case "getSlaReport" -> Call.get("/api/v1/reports/sla?from=2026-01-01&to=2026-12-31");
            default -> null;
        };
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String ticket(Fixtures f) {
        return "/api/v1/tickets/" + f.ticket();
    }

    private static Call action(Fixtures f, boolean fresh, Step step, String action, String body) {
        return Call.json("POST", "/api/v1/tickets/" + (fresh ? f.ticketIn(step) : f.ticket()) + "/" + action, body);
    }

    private static Call escalationMove(Fixtures f, boolean fresh, String status, String move, String body) {
        return Call.json("POST", "/api/v1/escalations/" + (fresh ? f.escalation(status) : f.escalation()) + "/" + move, body);
    }

    /** The standard policy as it is, published again: a new version that changes nothing. */
    private static String samePolicy(Fixtures f) {
        JsonNode p = Json.parse(Fixtures.expect(f.api().get("/api/v1/sla-policies/STANDARD", Fixtures.lead()), 200).body());
        List<String> fields = new ArrayList<>();
        for (String name : List.of("firstContactMinutes", "diagnosisMinutes", "resolutionMinutes", "statusUpdateMinutes")) {
            fields.add("\"" + name + "\":" + p.get(name).getIntValue());
        }
        fields.add("\"warningThresholds\":" + numbers(p.get("warningThresholds")));
        fields.add("\"pauseAllowed\":" + p.get("pauseAllowed").getBooleanValue());
        fields.add("\"businessHours\":" + p.get("businessHours").getBooleanValue());
        if (p.get("calendarId") != null) {
            fields.add("\"calendarId\":\"" + p.get("calendarId").getStringValue() + "\"");
        }
        fields.add("\"onWarning\":" + strings(p.get("onWarning")));
        fields.add("\"onBreach\":" + strings(p.get("onBreach")));
        return "{" + String.join(",", fields) + "}";
    }

    private static String sameTemplate(Fixtures f) {
        JsonNode t = Json.parse(Fixtures.expect(f.api().get("/api/v1/templates/FIRST_CONTACT", Fixtures.lead()), 200).body());
        return "{\"subject\":" + quote(t.get("subject").getStringValue()) + ",\"body\":" + quote(t.get("body").getStringValue()) + "}";
    }

    private static String samePhrases(Fixtures f) {
        JsonNode list = Json.parse(Fixtures.expect(f.api().get("/api/v1/forbidden-phrases", Fixtures.lead()), 200).body());
        return "{\"items\":" + strings(list.get("items")) + "}";
    }

    private static String numbers(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.values().forEach(v -> values.add(String.valueOf(v.getIntValue())));
        return "[" + String.join(",", values) + "]";
    }

    private static String strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.values().forEach(v -> values.add(quote(v.getStringValue())));
        }
        return "[" + String.join(",", values) + "]";
    }

    private static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
