package online.pass24.desk.reports;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import online.pass24.desk.support.Api;
import online.pass24.desk.support.Database;
import online.pass24.desk.support.Json;
import online.pass24.desk.support.KeycloakTokens;
import online.pass24.desk.support.TestClock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SLA report against a scenario worked out by hand. Five tickets are played out on the
 * business days of October 2026 (Moscow, Mon–Fri 09:00–18:00) with the clock moved step by step:
 *
 * <pre>
 * A  EMERGENCY, agent, «Альфа»  Mon 05.10 10:00  contact 10:10, criticality 10:12, information,
 *                                                diagnosis 10:42 FUNCTIONAL, solution 11:00,
 *                                                restoration, confirmation 11:09, close: all done
 * B  EMERGENCY, agent, «Бета»   Mon 05.10 12:00  contact 12:30 (late), criticality 12:31, skipped,
 *                                                diagnosis 14:31 ACCESS (late), solution 17:00 (late)
 * C  → STANDARD, lead, «Альфа»  Tue 06.10 17:50  contact Wed 09:04 (14 business min, in time),
 *                                                downgraded at 09:10
 * D  → EMERGENCY, —, «Гамма»    Thu 08.10 10:00  upgraded 10:30, contact 10:40, criticality 10:41,
 *                                                skipped, diagnosis 14:00 PRODUCT_DEFECT (late),
 *                                                escalated 14:10, resolution extended 15:00 after
 *                                                its breach at 14:30, solution 15:30
 * E  EMERGENCY, agent, «Бета»   Mon 12.10 01:30  (Sunday 22:30 UTC) contact 09:10
 * </pre>
 * The report is read at Mon 12.10 09:20, when every clock due by then has been announced.
 */
@MicronautTest(transactional = false, environments = "test-clock")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlaReportApiTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final String OCTOBER = "/api/v1/reports/sla?from=2026-10-01&to=2026-10-31";

    @Inject
    EmbeddedServer server;

    @Inject
    Database database;

    @Inject
    TestClock clock;

    Api api;
    String agent;
    String lead;

    @BeforeAll
    void playTheScenario() {
        api = new Api(server);
        agent = KeycloakTokens.user("agent");
        lead = KeycloakTokens.user("lead");
        database.clearTickets();

        at("2026-10-05T10:00");
        String a = open("Альфа", "EMERGENCY");
        act(a, "assignment", agent, "{\"assignee\":\"agent\"}");
        at("2026-10-05T10:10");
        act(a, "contact", agent, "{\"channel\":\"PHONE\",\"summary\":\"Связались\"}");
        at("2026-10-05T10:12");
        act(a, "criticality", agent, "{\"confirmed\":true,\"criterion\":\"TOTAL_OUTAGE\"}");
        at("2026-10-05T10:15");
        Api.Response read = api.get("/api/v1/tickets/" + a, agent);
        assertThat(api.patch("/api/v1/tickets/" + a, agent, "{\"whatFails\":\"Турникеты\",\"affectedUsers\":300}",
                read.etag()).status()).isEqualTo(200);
        at("2026-10-05T10:42");
        act(a, "diagnosis", agent, "{\"problemType\":\"FUNCTIONAL\",\"cause\":\"Сбой службы синхронизации\"}");
        at("2026-10-05T11:00");
        act(a, "solution", agent, "{\"path\":\"KNOWN_SOLUTION\",\"description\":\"Перезапуск службы\"}");
        at("2026-10-05T11:05");
        act(a, "restoration", agent, "{\"verified\":\"Проход работает\"}");
        at("2026-10-05T11:09");
        act(a, "confirmation", agent, "{\"confirmedBy\":\"Иван Петров\",\"channel\":\"PHONE\"}");
        at("2026-10-05T11:20");
        act(a, "close", agent, "{\"cause\":\"Сбой службы\",\"solution\":\"Перезапуск\",\"recommendations\":\"Обновиться\"}");

        at("2026-10-05T12:00");
        String b = open("Бета", "EMERGENCY");
        act(b, "assignment", agent, "{\"assignee\":\"agent\"}");
        at("2026-10-05T12:30");
        act(b, "contact", agent, "{\"channel\":\"PHONE\",\"summary\":\"Связались с опозданием\"}");
        at("2026-10-05T12:31");
        act(b, "criticality", agent, "{\"confirmed\":true,\"criterion\":\"TOTAL_OUTAGE\"}");
        at("2026-10-05T12:32");
        act(b, "information-skipped", agent, "{\"reason\":\"Проблема очевидна\"}");
        at("2026-10-05T14:31");
        act(b, "diagnosis", agent, "{\"problemType\":\"ACCESS\",\"cause\":\"Истёк сертификат\"}");
        at("2026-10-05T17:00");
        act(b, "solution", agent, "{\"path\":\"KNOWN_SOLUTION\",\"description\":\"Новый сертификат\"}");

        at("2026-10-06T17:50");
        String c = open("Альфа", "EMERGENCY");
        act(c, "assignment", lead, "{\"assignee\":\"lead\"}");
        at("2026-10-07T09:04");
        act(c, "contact", lead, "{\"channel\":\"PHONE\",\"summary\":\"Связались утром\"}");
        at("2026-10-07T09:10");
        act(c, "level-change", lead, "{\"level\":\"STANDARD\",\"reason\":\"NOT_CRITICAL\",\"justification\":\"Работает обходной путь\"}");

        at("2026-10-08T10:00");
        String d = open("Гамма", "STANDARD");
        at("2026-10-08T10:30");
        act(d, "level-change", agent, "{\"level\":\"EMERGENCY\",\"justification\":\"Не работает вся площадка\"}");
        at("2026-10-08T10:40");
        act(d, "contact", agent, "{\"channel\":\"PHONE\",\"summary\":\"Связались\"}");
        at("2026-10-08T10:41");
        act(d, "criticality", agent, "{\"confirmed\":true,\"criterion\":\"TOTAL_OUTAGE\"}");
        at("2026-10-08T10:42");
        act(d, "information-skipped", agent, "{\"reason\":\"Проблема очевидна\"}");
        at("2026-10-08T14:00");
        act(d, "diagnosis", agent, "{\"problemType\":\"PRODUCT_DEFECT\",\"cause\":\"Ошибка в модуле пропусков\"}");
        at("2026-10-08T14:10");
        assertThat(api.post("/api/v1/tickets/" + d + "/escalations", agent,
                "{\"description\":\"Ошибка в модуле пропусков\",\"severity\":\"CRITICAL\",\"notifyClient\":false}").status())
                .isEqualTo(201);
        at("2026-10-08T15:00");
        settle();
        act(d, "deadline-extension", agent, "{\"metric\":\"RESOLUTION\",\"targetMinutes\":480,\"reason\":\"Ждём исправления\"}");
        at("2026-10-08T15:30");
        act(d, "solution", agent, "{\"path\":\"PRODUCT_DEFECT\",\"description\":\"Обходной путь\",\"plan\":\"Исправление в 5.2.3\"}");

        at("2026-10-12T01:30");
        String e = open("Бета", "EMERGENCY");
        at("2026-10-12T09:10");
        act(e, "contact", agent, "{\"channel\":\"PHONE\",\"summary\":\"Связались\"}");
        act(e, "assignment", agent, "{\"assignee\":\"agent\"}");

        at("2026-10-12T09:20");
        settle();
    }

    @Test
    void eachMetricCountsMetBreachedRunningComplianceAndTimesOverTheMonth() {
        JsonNode total = report(OCTOBER + "&groupBy=month").get("total");

        assertThat(total.get("tickets").getIntValue()).isEqualTo(5);
        // FIRST_CONTACT: A 10, B 30 (late), C 14, D 10, E 10 minutes
        assertMetric(total, "FIRST_CONTACT", 5, 4, 1, 0, 80.0, 10.0, 23.6);
        // DIAGNOSIS: A 30, B 120 (late), D 199 (late); C and E never reached it
        assertMetric(total, "DIAGNOSIS", 3, 1, 2, 0, 33.3, 120.0, 183.2);
        // RESOLUTION: A 60; B 300 and D 300 late (D's extension keeps its breach); C overdue; E runs
        assertMetric(total, "RESOLUTION", 5, 1, 3, 1, 25.0, 300.0, 300.0);
        // STATUS_UPDATE: A confirmed after 59; B, C and D overdue; E runs
        assertMetric(total, "STATUS_UPDATE", 5, 1, 3, 1, 25.0, 59.0, 59.0);
    }

    @Test
    void theChecklistAndTheSuccessCriteriaAreRatesOverTheTickets() {
        JsonNode total = report(OCTOBER).get("total");

        assertThat(rates(total.get("checklist"))).containsExactly(
                Map.entry("OUT_OF_QUEUE", 3), Map.entry("CONTACT_WITHIN_15_MIN", 4),
                Map.entry("INFORMATION_COLLECTED", 3), Map.entry("DIAGNOSIS_DONE", 3),
                Map.entry("TYPE_AND_CAUSE_DETERMINED", 3), Map.entry("SOLUTION_OR_PLAN", 3),
                Map.entry("SYSTEM_RESTORED_AND_VERIFIED", 1), Map.entry("CLIENT_CONFIRMED", 1),
                Map.entry("SOLUTION_DOCUMENTED", 1), Map.entry("CLOSED_IN_SYSTEM", 1),
                Map.entry("RESOLVED_WITHIN_4_BUSINESS_HOURS", 1));
        assertThat(total.get("checklist").get(0).get("percent").getDoubleValue()).isEqualTo(60.0);
        assertThat(total.get("checklist").get(6).get("percent").getDoubleValue()).isEqualTo(20.0);
        assertThat(rates(total.get("successCriteria"))).containsExactly(
                Map.entry("CONTACT_WITHIN_15_MIN", 4), Map.entry("DIAGNOSIS_WITHIN_1_HOUR", 1),
                Map.entry("RESOLUTION_OR_PLAN_WITHIN_4_HOURS", 1), Map.entry("CLIENT_CONFIRMED", 1),
                Map.entry("SOLUTION_DOCUMENTED", 1));
        assertThat(total.get("successCriteria").get(0).get("percent").getDoubleValue()).isEqualTo(80.0);
        assertThat(total.get("allCriteria").get("done").getIntValue()).isEqualTo(1);
        assertThat(total.get("allCriteria").get("percent").getDoubleValue()).isEqualTo(20.0);
    }

    @Test
    void extensionsDowngradesUpgradesAndEscalationsAreCountedApart() {
        JsonNode total = report(OCTOBER).get("total");

        assertThat(total.get("extensions").getIntValue()).isEqualTo(1);
        assertThat(total.get("downgrades").getIntValue()).isEqualTo(1);
        assertThat(total.get("upgrades").getIntValue()).isEqualTo(1);
        assertThat(total.get("escalations").getIntValue()).isEqualTo(1);
    }

    @Test
    void weeksAreMoscowWeeksFromMonday() {
        JsonNode report = report(OCTOBER + "&groupBy=week");

        // E arrived on Monday 12.10 at 01:30 in Moscow, still Sunday in UTC
        assertThat(keys(report)).containsExactly("2026-10-05", "2026-10-12");
        JsonNode first = report.get("rows").get(0);
        assertThat(first.get("tickets").getIntValue()).isEqualTo(4);
        // A 10, B 30, C 14, D 10: median 12, p90 between 14 and 30 at 0.7
        assertMetric(first, "FIRST_CONTACT", 4, 3, 1, 0, 75.0, 12.0, 25.2);
        assertThat(report.get("rows").get(1).get("tickets").getIntValue()).isEqualTo(1);
        assertThat(report.get("zone").getStringValue()).isEqualTo("Europe/Moscow");
    }

    @Test
    void daysAreMoscowDays() {
        JsonNode report = report(OCTOBER + "&groupBy=day");

        assertThat(tickets(report)).containsExactly(Map.entry("2026-10-05", 2), Map.entry("2026-10-06", 1),
                Map.entry("2026-10-08", 1), Map.entry("2026-10-12", 1));
        assertThat(report(OCTOBER.replace("from=2026-10-01", "from=2026-10-12")).get("total").get("tickets").getIntValue())
                .isEqualTo(1);
    }

    @Test
    void groupsByAgentClientProblemTypeAndLevelMostTicketsFirst() {
        assertThat(tickets(report(OCTOBER + "&groupBy=agent")))
                .containsExactly(Map.entry("agent", 3), Map.entry("lead", 1), Map.entry("", 1));
        assertThat(tickets(report(OCTOBER + "&groupBy=client")))
                .containsExactly(Map.entry("Альфа", 2), Map.entry("Бета", 2), Map.entry("Гамма", 1));
        assertThat(tickets(report(OCTOBER + "&groupBy=problemType"))).containsExactly(Map.entry("", 2),
                Map.entry("ACCESS", 1), Map.entry("FUNCTIONAL", 1), Map.entry("PRODUCT_DEFECT", 1));
        assertThat(tickets(report(OCTOBER + "&groupBy=level")))
                .containsExactly(Map.entry("EMERGENCY", 4), Map.entry("STANDARD", 1));

        JsonNode agents = report(OCTOBER + "&groupBy=agent");
        // the agent's A (met), B (late) and E (met) first contacts
        assertMetric(agents.get("rows").get(0), "FIRST_CONTACT", 3, 2, 1, 0, 66.7, 10.0, 26.0);
    }

    @Test
    void aLevelNarrowsTheReportToThatLevelsTickets() {
        JsonNode report = report(OCTOBER + "&groupBy=week&level=EMERGENCY");

        assertThat(report.get("total").get("tickets").getIntValue()).isEqualTo(4);
        assertThat(report.get("level").getStringValue()).isEqualTo("EMERGENCY");
        assertThat(report.get("total").get("downgrades").getIntValue()).isZero();
        assertThat(report.get("total").get("upgrades").getIntValue()).isEqualTo(1);
    }

    @Test
    void rollupsAndLiveReadsGiveTheSameNumbers() {
        String before = withoutGeneratedAt(OCTOBER + "&groupBy=week");
        String months = withoutGeneratedAt(OCTOBER + "&groupBy=month");
        // every day of October built and clean: whole weeks and the month are read from their sums
        database.execute("SELECT report_rollup(CAST(d AS date)) FROM generate_series(DATE '2026-10-01', DATE '2026-10-31', interval '1 day') d");
        database.execute("DELETE FROM report_dirty");
        assertThat(database.count("SELECT count(*) FROM report_week_minutes WHERE week = '2026-10-05'")).isPositive();
        assertThat(database.count("SELECT count(*) FROM report_month_minutes WHERE month = '2026-10-01'")).isPositive();

        assertThat(withoutGeneratedAt(OCTOBER + "&groupBy=week")).isEqualTo(before);
        assertThat(withoutGeneratedAt(OCTOBER + "&groupBy=month")).isEqualTo(months);
        assertThat(report(OCTOBER + "&groupBy=day&level=EMERGENCY").get("total").get("tickets").getIntValue()).isEqualTo(4);
    }

    @Test
    void theRollupJobRebuildsATouchedDay() {
        database.execute("DELETE FROM report_built WHERE day = '2026-10-06'");
        database.execute("DELETE FROM report_day WHERE day = '2026-10-06'");
        database.execute("INSERT INTO report_dirty (day) VALUES ('2026-10-06') ON CONFLICT DO NOTHING");

        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (database.count("SELECT count(*) FROM report_dirty WHERE day = '2026-10-06'") > 0
                || database.count("SELECT count(*) FROM report_built WHERE day = '2026-10-06'") == 0) {
            assertThat(Instant.now()).as("the rollup job did not rebuild the day").isBefore(deadline);
            sleep();
        }
        assertThat(database.count("SELECT tickets FROM report_day WHERE day = '2026-10-06' AND level = 'STANDARD'"))
                .isEqualTo(1);
    }

    @Test
    void theCsvHasABomOneLinePerGroupAndATotalWithPlainNumbers() {
        Api.Response response = api.getWith(OCTOBER + "&groupBy=week&separator=semicolon", lead, "Accept", "text/csv");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/csv");
        assertThat(response.header("Content-Disposition")).contains("sla-report-2026-10-01-2026-10-31.csv");
        assertThat(response.body()).startsWith("\uFEFF");
        List<String[]> lines = Arrays.stream(response.body().substring(1).split("\r\n")).map(l -> l.split(";", -1)).toList();
        assertThat(lines).hasSize(4);
        String[] header = lines.get(0);
        assertThat(header[0]).isEqualTo("Группа");
        assertThat(lines.get(1)[0]).isEqualTo("2026-10-05");
        assertThat(lines.get(3)[0]).isEqualTo("ИТОГО");
        Map<String, String> total = new LinkedHashMap<>();
        for (int i = 0; i < header.length; i++) {
            total.put(header[i], lines.get(3)[i]);
        }
        assertThat(total).containsEntry("Обращений", "5")
                .containsEntry("Первый контакт: в срок", "4")
                .containsEntry("Первый контакт: нарушено", "1")
                .containsEntry("Первый контакт: соблюдение %", "80")
                .containsEntry("Первый контакт: p90 мин", "23.6")
                .containsEntry("Диагностика: соблюдение %", "33.3")
                .containsEntry("Диагностика: p90 мин", "183.2")
                .containsEntry("Решение или план: идёт", "1")
                .containsEntry("Чек-лист: OUT_OF_QUEUE %", "60")
                .containsEntry("Все критерии успеха %", "20")
                .containsEntry("Продления срока", "1")
                .containsEntry("Понижения уровня", "1")
                .containsEntry("Повышения уровня", "1")
                .containsEntry("Эскалации в разработку", "1");
        assertThat(lines.get(2)[1]).isEqualTo("1");
    }

    @Test
    void theCsvSpeaksEnglishWhenAskedAndUsesCommasByDefault() {
        Api.Response response = api.getWith(OCTOBER + "&groupBy=level", lead, "Accept", "text/csv",
                "Accept-Language", "en-GB,en;q=0.9");

        String[] lines = response.body().substring(1).split("\r\n");
        assertThat(lines[0]).startsWith("group,tickets,FIRST_CONTACT: count,");
        assertThat(lines[1]).startsWith("EMERGENCY,4,");
        assertThat(lines[3]).startsWith("TOTAL,5,5,4,1,0,80,10,23.6,");
    }

    @Test
    void badInputIsAProblemAndOnlyTheHeadOfSupportMayRead() {
        for (String query : List.of("?from=2026-10-01", "?from=2026-10-31&to=2026-10-01", "?from=01.10.2026&to=2026-10-31",
                "?from=2026-10-01&to=2026-10-31&groupBy=year", "?from=2026-10-01&to=2026-10-31&level=URGENT",
                "?from=2026-10-01&to=2026-10-31&separator=tab", "?from=2020-01-01&to=2026-10-31")) {
            Api.Response response = api.get("/api/v1/reports/sla" + query, lead);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.contentType()).as(query).startsWith("application/problem+json");
        }
        assertThat(api.get(OCTOBER, lead, "application/xml").status()).isEqualTo(406);
        assertThat(api.get(OCTOBER, agent).status()).isEqualTo(403);
        assertThat(api.get(OCTOBER, KeycloakTokens.user("wallboard")).status()).isEqualTo(403);
        assertThat(api.get(OCTOBER, KeycloakTokens.integration("integration-demo", "integration-demo-secret")).status())
                .isEqualTo(403);
        assertThat(api.get(OCTOBER, null).status()).isEqualTo(401);
    }

    private void at(String moscowTime) {
        clock.set(LocalDateTime.parse(moscowTime).atZone(MOSCOW).toInstant());
    }

    /** Waits until every announcement due by the clock is made and every touched day is rolled up. */
    private void settle() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (database.count("SELECT count(*) FROM sla_due_work WHERE done_at IS NULL AND due_at <= '"
                + clock.instant() + "'") > 0) {
            assertThat(Instant.now()).as("SLA announcements pending too long").isBefore(deadline);
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String open(String client, String level) {
        Api.Response created = api.post("/api/v1/tickets", agent, """
                {"clientName":"%s","contactName":"Иван Петров","contactPhone":"+7 900 111-22-33","channel":"PHONE",
                 "level":"%s","title":"Не работают пропуска"%s}""".formatted(client, level,
                level.equals("EMERGENCY") ? ",\"criterion\":\"TOTAL_OUTAGE\"" : ""));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return Json.parse(created.body()).get("id").getStringValue();
    }

    private void act(String id, String action, String token, String body) {
        Api.Response response = api.post("/api/v1/tickets/" + id + "/" + action, token, body);
        assertThat(response.status()).as(action + ": " + response.body()).isEqualTo(200);
    }

    private JsonNode report(String path) {
        Api.Response response = api.get(path, lead);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return Json.parse(response.body());
    }

    private static void assertMetric(JsonNode row, String metric, int count, int met, int breached, int running,
                                     Double compliance, Double median, Double p90) {
        JsonNode m = null;
        for (JsonNode candidate : row.get("metrics").values()) {
            if (candidate.get("metric").getStringValue().equals(metric)) {
                m = candidate;
            }
        }
        assertThat(m).as(metric).isNotNull();
        assertThat(List.of(m.get("count").getIntValue(), m.get("met").getIntValue(), m.get("breached").getIntValue(),
                m.get("running").getIntValue())).as(metric + " count, met, breached, running")
                .containsExactly(count, met, breached, running);
        assertThat(m.get("compliancePercent").getDoubleValue()).as(metric + " compliance").isEqualTo(compliance);
        assertThat(m.get("medianMinutes").getDoubleValue()).as(metric + " median").isEqualTo(median);
        assertThat(m.get("p90Minutes").getDoubleValue()).as(metric + " p90").isEqualTo(p90);
    }

    private static List<Map.Entry<String, Integer>> rates(JsonNode items) {
        List<Map.Entry<String, Integer>> rates = new ArrayList<>();
        items.values().forEach(i -> rates.add(Map.entry(i.get("item").getStringValue(), i.get("done").getIntValue())));
        return rates;
    }

    private static List<String> keys(JsonNode report) {
        List<String> keys = new ArrayList<>();
        report.get("rows").values().forEach(r -> keys.add(r.get("key").getStringValue()));
        return keys;
    }

    private static List<Map.Entry<String, Integer>> tickets(JsonNode report) {
        List<Map.Entry<String, Integer>> tickets = new ArrayList<>();
        report.get("rows").values().forEach(r -> tickets.add(Map.entry(
                r.get("key") == null ? "" : r.get("key").getStringValue(), r.get("tickets").getIntValue())));
        return tickets;
    }

    private String withoutGeneratedAt(String path) {
        Api.Response response = api.get(path, lead);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.body().replaceAll("\"generatedAt\":\"[^\"]*\",?", "");
    }
}
