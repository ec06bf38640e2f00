package online.pass24.desk.security.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import online.pass24.desk.security.matrix.Call;
import online.pass24.desk.security.matrix.Caller;
import online.pass24.desk.security.matrix.Fixtures;
import online.pass24.desk.security.matrix.MatrixTable;
import online.pass24.desk.security.matrix.Recipes;
import online.pass24.desk.support.Api;
import online.pass24.desk.support.Contract;
import online.pass24.desk.support.Database;
import online.pass24.desk.support.RowCensus;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input of every kind, generated from the contract for every request body and every
 * parameter of every operation, sent by a caller the security matrix allows (so that nothing but
 * the input can be refused) on valid requests of {@link Recipes}, each changed in one place.
 *
 * <p>Wrong types, strings beyond any limit (over 1 MiB), nesting up to 100,000 levels, bytes that
 * are not UTF-8, numbers out of range and unknown fields must get 400 (413 for the size) as
 * problem+json, and leave every table as it was ({@link RowCensus} before and after). Injection
 * payloads (SQL, HTML, script, template, format strings) in free-text fields are valid text: they
 * may be refused (4xx, nothing written) or stored, and then they come back exactly as sent; in
 * constrained fields (enums, ids, dates, e-mail, patterns) they are refused. Nothing answers 5xx.
 *
 * <p>Operations are taken in turn, so every one is tried by every property in each run; jqwik
 * picks the slot and the value. The tries are few per operation (the suite stays under two
 * minutes on two cores): the point is breadth across the contract, each run with a new seed.
 */
class BadInputPropertiesTest {

    private static final List<Caller> ALLOWED_FIRST = List.of(Caller.LEAD, Caller.AGENT, Caller.DEVELOPER,
            Caller.INTEGRATION_A, Caller.WALLBOARD);
    private static final Set<Integer> BAD_REQUEST = Set.of(400);
    private static final Set<Integer> BAD_OR_TOO_LARGE = Set.of(400, 413);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static EmbeddedServer server;
    private static Api api;
    private static RowCensus census;
    private static Database database;
    private static Fixtures fixtures;
    private static final List<BodyTarget> JSON_BODIES = new ArrayList<>();
    private static final List<BodyTarget> WITH_NUMBERS = new ArrayList<>();
    private static final List<ParameterTarget> PARAMETERS = new ArrayList<>();
    private static Attempt.Target calendarImport;
    private static Attempt.Target upload;

    /** A JSON body of one operation, valid, and the slots of its schema. */
    record BodyTarget(Attempt.Target target, String mediaType, JsonNode body, List<BodySlot> slots) {

        Attempt attempt(String what, byte[] bytes) {
            return new Attempt(target, what, new Call(target.valid().method(), target.valid().path(),
                    target.valid().with("Content-Type", mediaType).headers(), bytes));
        }

        List<BodySlot> slots(Predicate<BodySlot> which) {
            List<BodySlot> chosen = slots.stream().filter(which).toList();
            return chosen.isEmpty() ? slots.subList(0, 1) : chosen;
        }

        @Override
        public String toString() {
            return target.operation().id() + " " + mediaType;
        }
    }

    record ParameterTarget(Attempt.Target target, Contract.Parameter parameter) {

        @Override
        public String toString() {
            return target.operation().id() + " " + parameter.in() + " " + parameter.name();
        }
    }

    @BeforeContainer
    static void start() {
        server = ApplicationContext.run(EmbeddedServer.class, "test");
        api = new Api(server);
        census = server.getApplicationContext().getBean(RowCensus.class);
        database = server.getApplicationContext().getBean(Database.class);
        database.clearTickets();
        fixtures = new Fixtures(api);
        Contract contract = Contract.load();
        Map<String, MatrixTable.Row> table = MatrixTable.read();
        for (Contract.Operation operation : contract.operations()) {
            MatrixTable.Row row = table.get(operation.id());
            Caller caller = row == null ? null : row.firstAllowed(ALLOWED_FIRST);
            if (caller == null) {
                continue; // SecurityMatrixTest fails for an operation without a row
            }
            Call valid = Recipes.of(operation, fixtures, false);
            Attempt.Target target = new Attempt.Target(operation, caller, valid);
            for (Contract.Parameter parameter : operation.parameters()) {
                PARAMETERS.add(new ParameterTarget(target, parameter));
            }
            if (operation.body() == null) {
                continue;
            }
            operation.body().schemaByMediaType().forEach((mediaType, schema) -> {
                if (mediaType.endsWith("json")) {
                    JsonNode body = BodySlot.parse(valid.body());
                    BodyTarget json = new BodyTarget(target, mediaType, body,
                            BodySlot.of(contract, body, schema, operation.body().required()));
                    JSON_BODIES.add(json);
                    if (json.slots().stream().anyMatch(BadInputPropertiesTest::numeric)) {
                        WITH_NUMBERS.add(json);
                    }
                } else if (mediaType.endsWith("xml")) {
                    calendarImport = target;
                } else if (mediaType.startsWith("multipart/")) {
                    upload = target;
                } else {
                    throw new AssertionError(operation.id() + " takes " + mediaType + ": teach this test to fuzz it");
                }
            });
        }
    }

    @AfterContainer
    static void stop() {
        if (server == null) {
            return;
        }
        fixtures.close();
        database.clearTickets();
        String mark = "'" + Fixtures.MARK + "%'";
        database.execute("DELETE FROM kb_article WHERE title LIKE " + mark + " OR title LIKE '%" + Hostile.MARKER + "%'");
        database.execute("DELETE FROM specialist WHERE name LIKE " + mark + " OR name LIKE '%" + Hostile.MARKER + "%'");
        database.execute("DELETE FROM business_calendar WHERE name LIKE " + mark + " OR name LIKE '%" + Hostile.MARKER + "%'");
        database.execute("DELETE FROM webhook_subscription");
        database.execute("DELETE FROM sla_policy WHERE version > 1");
        database.execute("DELETE FROM message_template WHERE version > 1");
        database.execute("DELETE FROM forbidden_phrase");
        database.execute("""
                INSERT INTO forbidden_phrase (phrase, added_at) VALUES ('Это займет много времени', now()),
                ('Мы не гарантируем решение в срок', now()), ('Это не наша проблема', now())""");
        server.getApplicationContext().close();
    }

    // ---- properties ----------------------------------------------------------------------------

    @Property(tries = 250, generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.OFF)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void aValueOfTheWrongTypeIsRefused(@ForAll("wrongTypes") Attempt attempt) {
        attempt.refused(BAD_REQUEST);
        everyOneTried(attempt, JSON_BODIES);
    }

    @Property(tries = 120, generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.OFF)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void aHugeStringIsRefused(@ForAll("hugeStrings") Attempt attempt) {
        attempt.refused(BAD_OR_TOO_LARGE);
        everyOneTried(attempt, JSON_BODIES);
    }

    @Property(tries = 150, generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.OFF)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void deepNestingIsRefused(@ForAll("deepNesting") Attempt attempt) {
        attempt.refused(BAD_REQUEST);
        everyOneTried(attempt, JSON_BODIES);
    }

    @Property(tries = 150, generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.OFF)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void bytesThatAreNotUtf8AreRefused(@ForAll("notUtf8") Attempt attempt) {
        attempt.refused(BAD_REQUEST);
        everyOneTried(attempt, JSON_BODIES);
    }

    @Property(tries = 150, generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.OFF)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void aNumberOutOfRangeIsRefused(@ForAll("numbersOutOfRange") Attempt attempt) {
        attempt.refused(BAD_REQUEST);
        everyOneTried(attempt, WITH_NUMBERS);
    }

    @Property(tries = 200, generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.OFF)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void anUnknownFieldIsRefused(@ForAll("unknownFields") Attempt attempt) {
        attempt.refused(BAD_REQUEST);
        everyOneTried(attempt, JSON_BODIES);
    }

    @Property(tries = 250, generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.OFF)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void injectionPayloadsAreStoredAsTextOrRefused(@ForAll("injections") Attempt attempt) {
        attempt.storedVerbatimOrRefused();
        everyOneTried(attempt, JSON_BODIES);
    }

    @Property(tries = 400, generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.OFF)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void aBadParameterIsRefusedAndAFreeTextOneNeverFails(@ForAll("parameters") Attempt attempt) {
        attempt.storedVerbatimOrRefused();
        everyOneTried(attempt, PARAMETERS);
    }

    @Property(tries = 40, generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.OFF)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void aBadCalendarFileIsRefused(@ForAll("calendarFiles") Attempt attempt) {
        attempt.refused(Set.of(400, 413, 415));
    }

    @Property(tries = 40, generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.OFF)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void aBadUploadIsRefusedAndAStrangeFileNameNeverFails(@ForAll("uploads") Attempt attempt) {
        attempt.storedVerbatimOrRefused();
    }

    // ---- bodies --------------------------------------------------------------------------------

    @Provide
    Arbitrary<Attempt> wrongTypes() {
        return inTurn(JSON_BODIES, "wrong types").flatMap(body -> Arbitraries.of(body.slots()).flatMap(slot ->
                Arbitraries.of(wrongValues(slot)).map(value -> body.attempt("a " + kind(value) + " for " + slot.describe(),
                        BodySlot.bytes(slot.with(body.body(), value))))));
    }

    @Provide
    Arbitrary<Attempt> hugeStrings() {
        return inTurn(JSON_BODIES, "huge strings").flatMap(body ->
                Arbitraries.of(body.slots(slot -> slot.type().equals("string"))).flatMap(slot ->
                        Arbitraries.of(sizes(slot)).flatMap(length -> Arbitraries.of("x", "я", "\uD83D\uDE00").map(unit ->
                                body.attempt(length + " × '" + unit + "' for " + slot.describe(),
                                        BodySlot.bytes(slot.with(body.body(), NODES.textNode(unit.repeat(length)))))))));
    }

    @Provide
    Arbitrary<Attempt> deepNesting() {
        return inTurn(JSON_BODIES, "deep nesting").flatMap(body -> Arbitraries.of(body.slots()).flatMap(slot ->
                Hostile.deepNesting().map(raw -> body.attempt(raw.length / 2 + " bytes of nesting for " + slot.describe(),
                        slot.replaceRaw(body.body(), raw)))));
    }

    @Provide
    Arbitrary<Attempt> notUtf8() {
        return inTurn(JSON_BODIES, "not UTF-8").flatMap(body -> Arbitraries.of(body.slots()).flatMap(slot ->
                Hostile.notUtf8String().map(raw -> body.attempt("bytes that are not UTF-8 for " + slot.describe(),
                        slot.replaceRaw(body.body(), raw)))));
    }

    @Provide
    Arbitrary<Attempt> numbersOutOfRange() {
        return inTurn(WITH_NUMBERS, "numbers out of range").flatMap(body ->
                Arbitraries.of(body.slots(BadInputPropertiesTest::numeric)).flatMap(slot ->
                        Arbitraries.of(outOfRange(slot)).map(number -> body.attempt(number + " for " + slot.describe(),
                                slot.replaceRaw(body.body(), number.getBytes(StandardCharsets.UTF_8))))));
    }

    @Provide
    Arbitrary<Attempt> unknownFields() {
        Arbitrary<String> names = Arbitraries.oneOf(Arbitraries.of("__proto__", "constructor", "@class", "$where", "id",
                        "version", "createdBy", "organization", " title", "TITLE", "client_name", ""),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12).map(s -> "x" + s));
        Arbitrary<JsonNode> values = Arbitraries.of(NODES.textNode("x"), NODES.numberNode(1), NODES.booleanNode(true),
                NODES.nullNode(), NODES.objectNode(), NODES.arrayNode().add(1));
        return inTurn(JSON_BODIES, "unknown fields").flatMap(body ->
                Arbitraries.of(body.slots(slot -> slot.present() && slot.type().equals("object"))).flatMap(slot ->
                        names.filter(name -> !knownProperty(slot, name)).flatMap(name -> values.map(value -> {
                            JsonNode at = at(body.body(), slot);
                            ObjectNode grown = ((ObjectNode) at).deepCopy();
                            grown.set(name, value);
                            return body.attempt("an unknown field \"" + name + "\" in " + slot.describe(),
                                    BodySlot.bytes(slot.with(body.body(), grown)));
                        }))));
    }

    @Provide
    Arbitrary<Attempt> injections() {
        return inTurn(JSON_BODIES, "injections").flatMap(body ->
                Arbitraries.of(body.slots(slot -> slot.type().equals("string"))).flatMap(slot ->
                        Hostile.payloads().map(payload -> {
                            String marked = Hostile.marked(payload);
                            String text = slot.maxLength() != null && marked.length() > slot.maxLength()
                                    ? marked.substring(0, slot.maxLength()) : marked;
                            Attempt attempt = body.attempt("\"" + text + "\" in " + slot.describe(),
                                    BodySlot.bytes(slot.with(body.body(), NODES.textNode(text))));
                            return slot.freeText() ? attempt.mayStore(text, Hostile.markerOf(marked)) : attempt;
                        })));
    }

    // ---- parameters ----------------------------------------------------------------------------

    @Provide
    Arbitrary<Attempt> parameters() {
        return inTurn(PARAMETERS, "parameters").flatMap(target -> Parameters.values(target.parameter()).map(value ->
                Parameters.apply(target.target(), target.parameter(), value)));
    }

    // ---- the XML and multipart bodies ----------------------------------------------------------

    @Provide
    Arbitrary<Attempt> calendarFiles() {
        Attempt.Target target = calendarImport;
        assertThat(target).as("the contract's operation with an XML body").isNotNull();
        String year = Fixtures.CALENDAR_YEAR;
        return Arbitraries.oneOf(
                Arbitraries.of(17, 1_000, 100_000).flatMap(depth -> Arbitraries.of("days", "x").map(element ->
                        xml(target, depth + " nested <" + element + "> elements", ("<calendar year=\"" + year + "\">"
                                + ("<" + element + ">").repeat(depth) + ("</" + element + ">").repeat(depth) + "</calendar>")
                                .getBytes(StandardCharsets.UTF_8)))),
                Arbitraries.of(Hostile.NOT_UTF8).map(bad -> xml(target, "bytes that are not UTF-8",
                        concat(("<calendar year=\"" + year + "\"><days><day d=\"01.02\" t=\"1\" h=\"").getBytes(StandardCharsets.UTF_8),
                                bad, "\"/></days></calendar>".getBytes(StandardCharsets.UTF_8)))),
                Hostile.payloads().map(payload -> xml(target, "a payload as the day type",
                        ("<calendar year=\"" + year + "\"><days><day d=\"01.02\" t=\"" + escapeXml(payload) + "\"/></days></calendar>")
                                .getBytes(StandardCharsets.UTF_8))),
                Arbitraries.of(1_100_000, 3_000_000).map(size -> xml(target, size + " bytes",
                        ("<calendar year=\"" + year + "\"><!--" + "x".repeat(size) + "--><days/></calendar>").getBytes(StandardCharsets.UTF_8))),
                Arbitraries.of("", "{\"year\":2031}", "<calendar year=\"" + year + "\"><days>", "<?xml version=\"1.0\"?><!DOCTYPE c "
                        + "[<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><calendar year=\"" + year
                        + "\"><days><day d=\"01.02\" t=\"1\" h=\"&b;\"/></days></calendar>", "<calendar year=\"-1\"/>",
                        "<calendar year=\"99999999999999999999\"><days/></calendar>", "<calendar year=\"" + year
                                + "\"><days><day d=\"13.45\" t=\"1\"/></days></calendar>").map(text ->
                        xml(target, "\"" + abbreviate(text) + "\"", text.getBytes(StandardCharsets.UTF_8))));
    }

    @Provide
    Arbitrary<Attempt> uploads() {
        Attempt.Target target = upload;
        assertThat(target).as("the contract's operation with a multipart body").isNotNull();
        byte[] log = "2026-11-03 10:15:02 ERROR sync stopped\n".getBytes(StandardCharsets.UTF_8);
        return Arbitraries.oneOf(
                Hostile.payloads().map(name -> multipart(target, "a file named \"" + name + "\"", name + ".txt", "text/plain", log)),
                Arbitraries.of("../../../../etc/passwd", "..\\..\\boot.ini", "a/b/c.txt", "x".repeat(5_000) + ".txt", ".txt",
                        "con.txt", "nul\u0000.txt", "\u202Etxt.exe").map(name -> multipart(target, "a file named \"" + abbreviate(name) + "\"",
                        name, "text/plain", log)),
                Arbitraries.of(new byte[]{'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0}, "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8))
                        .map(content -> multipart(target, "an executable", "tool.txt", "text/plain", content)),
                Arbitraries.of(1_048_577, 2_000_000).map(size -> multipart(target, size + " bytes", "big.txt", "text/plain",
                        "x".repeat(size).getBytes(StandardCharsets.UTF_8))));
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** The targets one after another, so that every one is tried; jqwik varies what is sent. */
    private static <T> Arbitrary<T> inTurn(List<T> targets, String property) {
        assertThat(targets).as("targets of " + property).isNotEmpty();
        AtomicInteger next = new AtomicInteger();
        return Arbitraries.create(() -> {
            T target = targets.get(Math.floorMod(next.getAndIncrement(), targets.size()));
            return target;
        });
    }

    /** Every operation of the targets was tried at least once in this run. */
    private static void everyOneTried(Attempt attempt, List<?> targets) {
        Statistics.label("operation").collect(attempt.operationId());
        Statistics.label("operation").coverage(coverage -> targets.stream().map(t -> String.valueOf(t).split(" ")[0]).distinct()
                .forEach(id -> coverage.check(id).count(n -> n >= 1)));
    }

    private static List<JsonNode> wrongValues(BodySlot slot) {
        List<JsonNode> values = new ArrayList<>();
        String type = slot.type();
        if (!type.equals("string")) {
            values.add(NODES.textNode("12"));
            values.add(NODES.textNode("true"));
        }
        if (!type.equals("integer") && !type.equals("number")) {
            values.add(NODES.numberNode(42));
            values.add(NODES.numberNode(-1.5));
        }
        if (type.equals("integer")) {
            values.add(NODES.numberNode(1.5));
            values.add(NODES.numberNode(1e3));
        }
        if (!type.equals("boolean")) {
            values.add(NODES.booleanNode(true));
            values.add(NODES.booleanNode(false));
        }
        if (!type.equals("array")) {
            values.add(NODES.arrayNode());
            values.add(NODES.arrayNode().add("x"));
            values.add(NODES.arrayNode().add(1));
        }
        if (!type.equals("object")) {
            values.add(NODES.objectNode());
            values.add(NODES.objectNode().put("value", "x"));
        }
        if (slot.required() && !Boolean.TRUE.equals(slot.schema().get("nullable"))) {
            values.add(NODES.nullNode());
        }
        return values;
    }

    private static String kind(JsonNode value) {
        return value.getNodeType().name().toLowerCase() + " " + value;
    }

    private static List<Integer> sizes(BodySlot slot) {
        List<Integer> sizes = new ArrayList<>(List.of(600_000, 1_100_000));
        if (slot.maxLength() != null) {
            sizes.add(slot.maxLength() + 1);
        }
        return sizes;
    }

    private static boolean numeric(BodySlot slot) {
        return slot.type().equals("integer") || slot.type().equals("number");
    }

    /** Numbers the slot's schema does not admit, as JSON text. */
    private static List<String> outOfRange(BodySlot slot) {
        List<String> numbers = new ArrayList<>();
        BigInteger min = slot.schema().get("minimum") instanceof Number n ? BigInteger.valueOf(n.longValue()) : null;
        BigInteger max = slot.schema().get("maximum") instanceof Number n ? BigInteger.valueOf(n.longValue()) : null;
        if (min != null) {
            numbers.add(min.subtract(BigInteger.ONE).toString());
        }
        if (max != null) {
            numbers.add(max.add(BigInteger.ONE).toString());
        }
        boolean int32 = "int32".equals(slot.schema().get("format")) || slot.type().equals("integer");
        if (int32) {
            numbers.add("2147483648");
            numbers.add("-2147483649");
            numbers.add("1.5");
            numbers.add("1e3");
        }
        numbers.add("99999999999999999999999999");
        numbers.add("-99999999999999999999999999");
        numbers.add("1e400");
        numbers.add("-1e400");
        numbers.add("NaN");
        numbers.add("Infinity");
        numbers.add("-0x10");
        return numbers.stream().filter(n -> !admits(slot, n)).toList();
    }

    private static boolean admits(BodySlot slot, String number) {
        try {
            BigInteger value = new BigDecimal(number).toBigIntegerExact();
            boolean aboveMin = !(slot.schema().get("minimum") instanceof Number min) || value.compareTo(BigInteger.valueOf(min.longValue())) >= 0;
            boolean belowMax = !(slot.schema().get("maximum") instanceof Number max) || value.compareTo(BigInteger.valueOf(max.longValue())) <= 0;
            return aboveMin && belowMax && !number.contains(".") && !number.contains("e") && value.bitLength() < 32;
        } catch (NumberFormatException | ArithmeticException e) {
            return false;
        }
    }

    private static boolean knownProperty(BodySlot slot, String name) {
        return slot.schema().get("properties") instanceof Map<?, ?> properties && properties.containsKey(name)
                || Boolean.TRUE.equals(slot.schema().get("additionalProperties"))
                || slot.schema().get("additionalProperties") instanceof Map<?, ?>;
    }

    private static JsonNode at(JsonNode body, BodySlot slot) {
        JsonNode node = body;
        for (Object step : slot.path()) {
            node = step instanceof Integer index ? node.get(index) : node.get((String) step);
        }
        return node;
    }

    private static Attempt xml(Attempt.Target target, String what, byte[] body) {
        return new Attempt(target, what, new Call("POST", target.valid().path(), target.valid().headers(), body));
    }

    private static Attempt multipart(Attempt.Target target, String what, String name, String type, byte[] content) {
        Call call = Call.multipart(target.valid().path(), name, type, content).accepting("application/json");
        return new Attempt(target, what, call).mayStore();
    }

    private static String escapeXml(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…(" + text.length() + ")";
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static Api api() {
        return api;
    }

    static RowCensus census() {
        return census;
    }

}
