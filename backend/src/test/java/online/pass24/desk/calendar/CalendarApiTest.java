package online.pass24.desk.calendar;

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

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Calendars over HTTP: the shipped production calendar, the calculator, edits and XML import. */
@MicronautTest(transactional = false)
class CalendarApiTest {

    private static final String FILE_2027 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <calendar year="2027" lang="ru" date="2026.09.30">
              <holidays>
                <holiday id="1" title="Новогодние каникулы"/>
                <holiday id="2" title="День защитника Отечества"/>
              </holidays>
              <days>
                <day d="01.01" t="1" h="1"/>
                <day d="01.04" t="1" h="1"/>
                <day d="01.05" t="1" h="1"/>
                <day d="02.20" t="2"/>
                <day d="02.22" t="1" h="2"/>
                <day d="11.06" t="3" f="11.08"/>
              </days>
            </calendar>
            """;

    @Inject
    EmbeddedServer server;

    @Inject
    Database database;

    Api api;
    String lead;
    String agent;

    @BeforeEach
    void setUp() {
        api = new Api(server);
        lead = KeycloakTokens.user("lead");
        agent = KeycloakTokens.user("agent");
    }

    @Test
    void theDefaultCalendarIsMoscowOfficeHoursAndAnyRoleMayReadIt() {
        for (String user : new String[]{"agent", "developer", "wallboard"}) {
            Api.Response response = api.get("/api/v1/calendars/default", KeycloakTokens.user(user));
            assertThat(response.status()).as(user).isEqualTo(200);
        }
        Api.Response response = api.get("/api/v1/calendars/default", agent);
        JsonNode calendar = Json.parse(response.body());
        assertThat(calendar.get("zone").getStringValue()).isEqualTo("Europe/Moscow");
        assertThat(calendar.get("isDefault").getBooleanValue()).isTrue();
        assertThat(response.etag()).isEqualTo("\"" + calendar.get("version").getLongValue() + "\"");
        JsonNode monday = calendar.get("weeklyHours").get(0);
        assertThat(monday.get("day").getStringValue()).isEqualTo("MONDAY");
        assertThat(monday.get("intervals").get(0).get("start").getStringValue()).isEqualTo("09:00");
        assertThat(monday.get("intervals").get(0).get("end").getStringValue()).isEqualTo("18:00");
        assertThat(calendar.get("weeklyHours").get(6).get("intervals").size()).isZero();
        assertThat(api.get("/api/v1/calendars/default", null).status()).isEqualTo(401);
    }

    @ParameterizedTest(name = "{0}: {1} working days as decreed")
    @CsvSource({"2025, 247, 4", "2026, 247, 4"})
    void theShippedProductionCalendarHasTheDecreedWorkingDays(int year, int workingDays, int shortenedDays) {
        JsonNode days = Json.parse(api.get("/api/v1/calendars/default/days?from=" + year + "-01-01&to=" + year + "-12-31", agent).body())
                .get("items");

        assertThat(days.size()).isEqualTo(java.time.Year.of(year).length());
        int worked = 0;
        int shortened = 0;
        for (JsonNode day : days.values()) {
            if (day.get("workingMinutes").getIntValue() > 0) {
                worked++;
            }
            if (day.get("type").getStringValue().equals("SHORTENED")) {
                shortened++;
                assertThat(day.get("workingMinutes").getIntValue()).isEqualTo(8 * 60);
            }
        }
        assertThat(worked).isEqualTo(workingDays);
        assertThat(shortened).isEqualTo(shortenedDays);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "2025-01-08, HOLIDAY", "2025-01-09, WORKDAY", "2025-05-08, HOLIDAY", "2025-11-01, SHORTENED",
            "2025-11-04, HOLIDAY", "2025-12-31, HOLIDAY", "2026-01-09, HOLIDAY", "2026-01-12, WORKDAY",
            "2026-02-21, HOLIDAY", "2026-03-09, HOLIDAY", "2026-05-08, SHORTENED", "2026-06-11, SHORTENED",
            "2026-11-03, SHORTENED", "2026-11-04, HOLIDAY", "2026-11-07, WEEKEND", "2026-12-31, HOLIDAY"})
    void eachDecreedDayIsMarked(String date, String type) {
        JsonNode day = Json.parse(api.get("/api/v1/calendars/default/days?from=" + date + "&to=" + date, agent).body())
                .get("items").get(0);

        assertThat(day.get("type").getStringValue()).isEqualTo(type);
    }

    @Test
    void theWorkedSaturdayOf2025IsAShortenedDay() {
        JsonNode day = Json.parse(api.get("/api/v1/calendars/default/days?from=2025-11-01&to=2025-11-01", agent).body())
                .get("items").get(0);

        assertThat(day.get("intervals").get(0).get("start").getStringValue()).isEqualTo("09:00");
        assertThat(day.get("intervals").get(0).get("end").getStringValue()).isEqualTo("17:00");
    }

    @ParameterizedTest(name = "{0} + {1} min = {2}")
    @CsvSource({
            // inside hours, no exception
            "2026-11-24T10:00:00+03:00, 240, 2026-11-24T14:00:00+03:00",
            // shortened Nov 3 ends at 17:00, Nov 4 is a holiday
            "2026-11-03T15:00:00+03:00, 240, 2026-11-05T11:00:00+03:00",
            // the worked, shortened Saturday of 2025
            "2025-10-31T16:00:00+03:00, 240, 2025-11-01T11:00:00+03:00",
            // shortened Friday before the May holidays
            "2026-05-08T16:30:00+03:00, 60, 2026-05-12T09:30:00+03:00",
            // received at night: the clock starts at 09:00
            "2026-11-25T02:00:00+03:00, 15, 2026-11-25T09:15:00+03:00",
            // received on a Saturday evening, given in UTC
            "2026-11-28T20:00:00Z, 60, 2026-11-30T10:00:00+03:00",
            // ends exactly at the end of the day, not at 09:00 next morning
            "2026-11-24T14:00:00+03:00, 240, 2026-11-24T18:00:00+03:00",
            // across the New Year holidays
            "2025-12-30T17:00:00+03:00, 240, 2026-01-12T12:00:00+03:00",
            // to the second
            "2026-11-24T10:00:30+03:00, 1, 2026-11-24T10:01:30+03:00"})
    void addingBusinessMinutesMatchesThePaperCalendar(String from, int minutes, String dueAt) {
        Api.Response response = api.get("/api/v1/calendars/default/business-time/add?from=" + encode(from)
                + "&minutes=" + minutes, KeycloakTokens.user("wallboard"));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode sum = Json.parse(response.body());
        assertThat(sum.get("dueAt").getStringValue()).isEqualTo(dueAt);
        assertThat(sum.get("minutes").getIntValue()).isEqualTo(minutes);
    }

    @Test
    void betweenCountsOnlyWorkingTime() {
        JsonNode span = Json.parse(api.get("/api/v1/calendars/default/business-time/between?from="
                + encode("2026-11-03T15:00:00+03:00") + "&to=" + encode("2026-11-05T11:00:30+03:00"), agent).body());

        assertThat(span.get("minutes").getLongValue()).isEqualTo(240);
        assertThat(span.get("seconds").getLongValue()).isEqualTo(240 * 60 + 30);
    }

    @Test
    void anUnencodedPlusInTheInstantIsForgiven() {
        Api.Response response = api.get("/api/v1/calendars/default/business-time/add?from=2026-11-24T10:00:00+03:00&minutes=60", agent);

        assertThat(response.status()).isEqualTo(200);
        assertThat(Json.parse(response.body()).get("dueAt").getStringValue()).isEqualTo("2026-11-24T11:00:00+03:00");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "not an instant  | /business-time/add?from=yesterday&minutes=10 | from",
            "no offset       | /business-time/add?from=2026-11-24T10:00:00&minutes=10 | from",
            "negative        | /business-time/add?from=2026-11-24T10:00:00Z&minutes=-1 | minutes",
            "not a number    | /business-time/add?from=2026-11-24T10:00:00Z&minutes=ten | minutes",
            "missing minutes | /business-time/add?from=2026-11-24T10:00:00Z | minutes",
            "backwards       | /business-time/between?from=2026-11-24T10:00:00Z&to=2026-11-23T10:00:00Z | to",
            "days backwards  | /days?from=2026-02-01&to=2026-01-01 | to",
            "too many days   | /days?from=2025-01-01&to=2026-12-31 | to",
            "bad date        | /days?from=2026-02-30&to=2026-03-01 | from",
            "year far ahead  | /days?from=%2B999999999-12-30&to=%2B999999999-12-31 | from",
            "year far back   | /business-time/add?from=-999999999-01-01T00:00:00Z&minutes=60 | from",
            "no such year    | /business-time/between?from=2026-01-01T00:00:00Z&to=%2B999999999-12-31T00:00:00Z | to",
            "exception's day | /exceptions/-999999999-01-01 | date"})
    void badParametersGetAProblemNamingThem(String name, String path, String field) {
        Api.Response response = api.get("/api/v1/calendars/default" + path, agent);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"field\":\"" + field + "\"");
    }

    @Test
    void anUnknownCalendarIsNotFound() {
        assertThat(api.get("/api/v1/calendars/6f1c0f44-2f5e-4c2a-9d55-2b1f0c7f0a11", agent).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/calendars/nonsense/days?from=2026-01-01&to=2026-01-02", agent).status()).isEqualTo(404);
    }

    @Test
    void theLeadImportsAYearAndExportsItBack() {
        String id = newCalendar();
        long eventsBefore = calendarEvents();

        Api.Response response = importFile(id, lead, FILE_2027.getBytes(StandardCharsets.UTF_8), "");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode result = Json.parse(response.body());
        assertThat(result.get("year").getIntValue()).isEqualTo(2027);
        assertThat(result.get("holidays").getIntValue()).isEqualTo(4);
        assertThat(result.get("shortened").getIntValue()).isEqualTo(1);
        assertThat(result.get("workingDays").getIntValue()).isEqualTo(1);
        assertThat(types(id, "2027-01-01", "2027-11-08")).containsEntry("2027-01-04", "HOLIDAY")
                .containsEntry("2027-02-20", "SHORTENED").containsEntry("2027-11-06", "WORKING_DAY")
                .containsEntry("2027-01-06", "WORKDAY");
        assertThat(calendarEvents()).isEqualTo(eventsBefore + 1);

        Api.Response export = api.get("/api/v1/calendars/" + id + "/export?year=2027", agent, "application/xml");
        assertThat(export.contentType()).startsWith("application/xml");
        String exported = export.body();
        assertThat(exported).contains("<calendar year=\"2027\"").contains("d=\"02.20\" t=\"2\"").contains("d=\"11.06\" t=\"3\"");
        Api.Response again = importFile(id, lead, exported.getBytes(StandardCharsets.UTF_8), "?year=2027");
        assertThat(again.status()).isEqualTo(200);
        assertThat(types(id, "2027-01-01", "2027-11-08")).containsEntry("2027-01-04", "HOLIDAY")
                .containsEntry("2027-02-20", "SHORTENED").containsEntry("2027-11-06", "WORKING_DAY");
    }

    @Test
    void anImportReplacesTheWholeYear() {
        String id = newCalendar();
        importFile(id, lead, FILE_2027.getBytes(StandardCharsets.UTF_8), "");

        importFile(id, lead, """
                <calendar year="2027"><days><day d="03.08" t="1"/></days></calendar>""".getBytes(StandardCharsets.UTF_8), "");

        assertThat(Json.parse(api.get("/api/v1/calendars/" + id + "/exceptions?year=2027", agent).body()).get("items").size())
                .isEqualTo(1);
        assertThat(types(id, "2027-01-01", "2027-03-08")).containsEntry("2027-01-04", "WORKDAY").containsEntry("2027-03-08", "HOLIDAY");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "impossible date | <calendar year=\"2027\"><days><day d=\"02.30\" t=\"1\"/></days></calendar> | d=\"02.30\"",
            "unknown type    | <calendar year=\"2027\"><days><day d=\"03.01\" t=\"7\"/></days></calendar> | t=\"7\"",
            "day twice       | <calendar year=\"2027\"><days><day d=\"03.01\" t=\"1\"/><day d=\"03.01\" t=\"2\"/></days></calendar> | listed twice",
            "unknown holiday | <calendar year=\"2027\"><days><day d=\"03.01\" t=\"1\" h=\"9\"/></days></calendar> | h=\"9\"",
            "no year         | <calendar><days/></calendar> | year",
            "absurd year     | <calendar year=\"12027\"><days/></calendar> | year",
            "wrong root      | <kalender year=\"2027\"/> | <kalender>",
            "not XML         | this is not a calendar | not well-formed",
            "unclosed        | <calendar year=\"2027\"><days> | not well-formed"})
    void aBrokenFileIsRefusedNamingTheElementAndChangesNothing(String name, String xml, String named) {
        String id = newCalendar();
        importFile(id, lead, FILE_2027.getBytes(StandardCharsets.UTF_8), "");
        long eventsBefore = calendarEvents();
        String before = exceptions2027(id);

        Api.Response response = importFile(id, lead, xml.getBytes(StandardCharsets.UTF_8), "");

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(Json.parse(response.body()).get("detail").getStringValue()).contains(named);
        assertThat(exceptions2027(id)).isEqualTo(before);
        assertThat(calendarEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void entityTricksAreRefusedAndReadNothing() {
        String id = newCalendar();
        importFile(id, lead, FILE_2027.getBytes(StandardCharsets.UTF_8), "");
        long eventsBefore = calendarEvents();
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE calendar [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <calendar year="2027"><holidays><holiday id="1" title="&secret;"/></holidays>
                <days><day d="01.01" t="1" h="1"/></days></calendar>""";
        String before = exceptions2027(id);
        String billionLaughs = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
                <calendar year="2027"><holidays><holiday id="1" title="&lol2;"/></holidays><days/></calendar>""";

        for (String xml : new String[]{xxe, billionLaughs}) {
            Api.Response response = importFile(id, lead, xml.getBytes(StandardCharsets.UTF_8), "");
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.body()).doesNotContain("root:").contains("DOCTYPE");
        }
        assertThat(exceptions2027(id)).isEqualTo(before).contains("Новогодние каникулы");
        assertThat(calendarEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void aFileForAnotherYearThanAskedIsRefused() {
        String id = newCalendar();

        Api.Response response = importFile(id, lead, FILE_2027.getBytes(StandardCharsets.UTF_8), "?year=2028");

        assertThat(response.status()).isEqualTo(400);
        assertThat(Json.parse(response.body()).get("detail").getStringValue()).contains("2027").contains("2028");
        assertThat(Json.parse(api.get("/api/v1/calendars/" + id + "/exceptions?year=2027", agent).body()).get("items").size()).isZero();
    }

    @Test
    void aFileOverOneMebibyteIsTooLarge() {
        String id = newCalendar();
        long eventsBefore = calendarEvents();
        String padding = "<!-- " + "x".repeat(1024 * 1024) + " -->";

        Api.Response response = importFile(id, lead,
                ("<calendar year=\"2027\"><days><day d=\"01.01\" t=\"1\"/></days>" + padding + "</calendar>")
                        .getBytes(StandardCharsets.UTF_8), "");

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(Json.parse(exceptions2027(id)).get("items").size()).isZero();
        assertThat(calendarEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void onlyTheLeadMayImportOrEdit() {
        String id = newCalendar();

        assertThat(importFile(id, agent, FILE_2027.getBytes(StandardCharsets.UTF_8), "").status()).isEqualTo(403);
        assertThat(api.put("/api/v1/calendars/" + id + "/exceptions/2027-03-01", agent, "{\"kind\":\"HOLIDAY\"}", null).status())
                .isEqualTo(403);
        assertThat(api.put("/api/v1/calendars/" + id, agent, weekJson("Офис"), null).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/calendars", agent, weekJson("Чужой")).status()).isEqualTo(403);
        assertThat(Json.parse(api.get("/api/v1/calendars/" + id + "/exceptions?year=2027", agent).body()).get("items").size()).isZero();
    }

    @Test
    void theLeadMarksAndUnmarksASingleDay() {
        String id = newCalendar();
        String version = api.get("/api/v1/calendars/" + id, agent).etag();

        Api.Response put = api.put("/api/v1/calendars/" + id + "/exceptions/2026-12-30", lead,
                "{\"kind\":\"SHORTENED\",\"note\":\"Предпраздничный день\"}", null);

        assertThat(put.status()).as(put.body()).isEqualTo(200);
        JsonNode day = Json.parse(api.get("/api/v1/calendars/" + id + "/days?from=2026-12-30&to=2026-12-30", agent).body())
                .get("items").get(0);
        assertThat(day.get("type").getStringValue()).isEqualTo("SHORTENED");
        assertThat(day.get("intervals").get(0).get("end").getStringValue()).isEqualTo("17:00");
        assertThat(api.get("/api/v1/calendars/" + id, agent).etag()).isNotEqualTo(version);
        assertThat(Json.parse(api.get("/api/v1/calendars/" + id + "/business-time/add?from=" + encode("2026-12-30T16:00:00+03:00")
                + "&minutes=60", agent).body()).get("dueAt").getStringValue()).isEqualTo("2026-12-30T17:00:00+03:00");

        assertThat(api.delete("/api/v1/calendars/" + id + "/exceptions/2026-12-30", lead).status()).isEqualTo(204);
        assertThat(types(id, "2026-12-30", "2026-12-30")).containsEntry("2026-12-30", "WORKDAY");
        assertThat(api.delete("/api/v1/calendars/" + id + "/exceptions/2026-12-30", lead).status()).isEqualTo(404);
    }

    @Test
    void aWorkedWeekendDayWithItsOwnHours() {
        String id = newCalendar();

        api.put("/api/v1/calendars/" + id + "/exceptions/2026-11-28", lead,
                "{\"kind\":\"WORKING_DAY\",\"hours\":[{\"start\":\"10:00\",\"end\":\"14:00\"}]}", null);

        assertThat(Json.parse(api.get("/api/v1/calendars/" + id + "/business-time/add?from=" + encode("2026-11-27T17:00:00+03:00")
                + "&minutes=120", agent).body()).get("dueAt").getStringValue()).isEqualTo("2026-11-28T11:00:00+03:00");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "holiday with hours | {\"kind\":\"HOLIDAY\",\"hours\":[{\"start\":\"09:00\",\"end\":\"12:00\"}]} | hours",
            "end before start   | {\"kind\":\"WORKING_DAY\",\"hours\":[{\"start\":\"12:00\",\"end\":\"09:00\"}]} | hours",
            "overlapping hours  | {\"kind\":\"WORKING_DAY\",\"hours\":[{\"start\":\"09:00\",\"end\":\"12:00\"},{\"start\":\"11:00\",\"end\":\"13:00\"}]} | hours",
            "bad time           | {\"kind\":\"WORKING_DAY\",\"hours\":[{\"start\":\"9am\",\"end\":\"12:00\"}]} | start",
            "unknown kind       | {\"kind\":\"SICK_DAY\"} | kind"})
    void aBadExceptionIsRefused(String name, String body, String field) {
        String id = newCalendar();

        Api.Response response = api.put("/api/v1/calendars/" + id + "/exceptions/2026-12-30", lead, body, null);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).contains(field);
        assertThat(api.get("/api/v1/calendars/" + id + "/exceptions/2026-12-30", agent).status()).isEqualTo(404);
    }

    @Test
    void weeklyHoursWithALunchBreakAndAStaleVersionIsRefused() {
        String id = newCalendar();
        String etag = api.get("/api/v1/calendars/" + id, lead).etag();
        String lunch = """
                {"name":"С обедом","zone":"Europe/Moscow","weeklyHours":[
                  {"day":"MONDAY","intervals":[{"start":"09:00","end":"13:00"},{"start":"14:00","end":"18:00"}]}]}""";

        Api.Response updated = api.put("/api/v1/calendars/" + id, lead, lunch, etag);

        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.etag()).isNotEqualTo(etag);
        assertThat(Json.parse(api.get("/api/v1/calendars/" + id + "/business-time/add?from=" + encode("2026-11-23T12:00:00+03:00")
                + "&minutes=120", agent).body()).get("dueAt").getStringValue()).isEqualTo("2026-11-23T15:00:00+03:00");

        Api.Response stale = api.put("/api/v1/calendars/" + id, lead, weekJson("Поздно"), etag);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(Json.parse(api.get("/api/v1/calendars/" + id, lead).body()).get("name").getStringValue()).isEqualTo("С обедом");
    }

    @Test
    void aCalendarInAnotherZoneAnswersInItsOffset() {
        Api.Response created = api.post("/api/v1/calendars", lead, """
                {"name":"Berlin","zone":"Europe/Berlin","weeklyHours":[{"day":"FRIDAY","intervals":[{"start":"09:00","end":"17:00"}]},
                 {"day":"MONDAY","intervals":[{"start":"09:00","end":"17:00"}]}]}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = Json.parse(created.body()).get("id").getStringValue();

        // Friday 16:00 CET + 2 h: one hour on Friday, one on Monday, after summer time began on the 29th
        JsonNode sum = Json.parse(api.get("/api/v1/calendars/" + id + "/business-time/add?from=" + encode("2026-03-27T16:00:00+01:00")
                + "&minutes=120", agent).body());
        assertThat(sum.get("dueAt").getStringValue()).isEqualTo("2026-03-30T10:00:00+02:00");
        assertThat(api.post("/api/v1/calendars", lead, "{\"name\":\"x\",\"zone\":\"Mars/Olympus\",\"weeklyHours\":[]}").status())
                .isEqualTo(400);
    }

    private String newCalendar() {
        Api.Response response = api.post("/api/v1/calendars", lead, weekJson("Тестовый календарь"));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return Json.parse(response.body()).get("id").getStringValue();
    }

    private static String weekJson(String name) {
        StringBuilder days = new StringBuilder();
        for (String day : new String[]{"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"}) {
            days.append(days.isEmpty() ? "" : ",").append("{\"day\":\"").append(day)
                    .append("\",\"intervals\":[{\"start\":\"09:00\",\"end\":\"18:00\"}]}");
        }
        return "{\"name\":\"" + name + "\",\"zone\":\"Europe/Moscow\",\"weeklyHours\":[" + days + "]}";
    }

    private Api.Response importFile(String id, String token, byte[] xml, String query) {
        return api.postRaw("/api/v1/calendars/" + id + "/import" + query, token, "application/xml", xml);
    }

    private Map<String, String> types(String id, String from, String to) {
        Map<String, String> types = new HashMap<>();
        Json.parse(api.get("/api/v1/calendars/" + id + "/days?from=" + from + "&to=" + to, agent).body()).get("items").values()
                .forEach(day -> types.put(day.get("date").getStringValue(), day.get("type").getStringValue()));
        return types;
    }

    private long calendarEvents() {
        return database.count("SELECT count(*) FROM event_log WHERE type = 'calendar.changed'");
    }

    private String exceptions2027(String id) {
        return api.get("/api/v1/calendars/" + id + "/exceptions?year=2027", agent).body();
    }

    private static String encode(String instant) {
        return java.net.URLEncoder.encode(instant, StandardCharsets.UTF_8);
    }
}
