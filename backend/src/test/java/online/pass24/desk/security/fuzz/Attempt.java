package online.pass24.desk.security.fuzz;

import io.micronaut.json.tree.JsonNode;
import online.pass24.desk.security.matrix.Call;
import online.pass24.desk.security.matrix.Caller;
import online.pass24.desk.support.Api;
import online.pass24.desk.support.Contract;
import online.pass24.desk.support.Json;
import online.pass24.desk.support.ProblemJson;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One hostile request: what it changes in a valid request of an operation, and what it must get.
 * A request that may be stored ({@link #mayStore}) is valid text: refused or stored exactly.
 */
final class Attempt {

    /** An operation, the caller who may call it, and a valid request of it. */
    record Target(Contract.Operation operation, Caller caller, Call valid) {
    }

    private final Target target;
    private final String what;
    private final Call call;
    private final boolean storable;
    private final String payload;
    private final String marker;

    Attempt(Target target, String what, Call call) {
        this(target, what, call, false, null, null);
    }

    private Attempt(Target target, String what, Call call, boolean storable, String payload, String marker) {
        this.target = target;
        this.what = what;
        this.call = call;
        this.storable = storable;
        this.payload = payload;
        this.marker = marker;
    }

    /** The same request, which may also succeed. */
    Attempt mayStore() {
        return new Attempt(target, what, call, true, null, null);
    }

    /** The same request, which may also succeed; then every text that holds {@code marker} holds all of {@code payload}. */
    Attempt mayStore(String payload, String marker) {
        return new Attempt(target, what, call, true, payload, marker);
    }

    /** Refused with one of {@code statuses} as problem+json, and nothing written. */
    void refused(Set<Integer> statuses) {
        Map<String, Long> before = BadInputPropertiesTest.census().take();
        Api.Response response = send();
        assertThat(response.status()).as("%s → %s", this, abbreviated(response.body())).isIn(statuses);
        ProblemJson.assertProblem(response);
        assertUnchanged(before);
    }

    /** Never 5xx; a refusal (4xx) is problem+json and writes nothing; a success keeps the payload as sent. */
    void storedVerbatimOrRefused() {
        Map<String, Long> before = BadInputPropertiesTest.census().take();
        Api.Response response = send();
        assertThat(response.status()).as("%s → %s", this, abbreviated(response.body())).isBetween(200, 499);
        if (response.status() >= 300 || !storable) {
            assertThat(response.status()).as("%s must be refused → %s", this, abbreviated(response.body())).isGreaterThanOrEqualTo(400);
            ProblemJson.assertProblem(response);
            assertUnchanged(before);
        } else if (payload != null && marker != null && response.contentType().startsWith("application/json")) {
            List<String> texts = new ArrayList<>();
            strings(Json.parse(response.body()), texts);
            String expected = payload.strip();
            assertThat(texts.stream().filter(s -> s.contains(marker) && !s.contains(expected)).toList())
                    .as("%s came back changed", this).isEmpty();
        }
    }

    /**
     * Every table as it was. With an Idempotency-Key the refusal itself is kept under the key, to
     * be replayed to a retry (architecture.md): that row is the header's purpose, not a write.
     */
    private void assertUnchanged(Map<String, Long> before) {
        Map<String, Long> after = new TreeMap<>(BadInputPropertiesTest.census().take());
        Map<String, Long> expected = new TreeMap<>(before);
        if (call.headers().containsKey("Idempotency-Key")) {
            after.remove("idempotency_key");
            expected.remove("idempotency_key");
        }
        assertThat(after).as("rows written by " + this).isEqualTo(expected);
    }

    private Api.Response send() {
        return call.send(BadInputPropertiesTest.api(), target.caller().token());
    }

    private static void strings(JsonNode node, List<String> out) {
        if (node.isString()) {
            out.add(node.getStringValue());
        } else if (node.isArray() || node.isObject()) {
            node.values().forEach(child -> strings(child, out));
        }
    }

    private static String abbreviated(String body) {
        return body == null || body.length() <= 300 ? body : body.substring(0, 300) + "…";
    }

    String operationId() {
        return target.operation().id();
    }

    @Override
    public String toString() {
        return target.operation().id() + " (" + call.method() + " " + BadInputPropertiesTest.abbreviate(call.path()) + ") as "
                + target.caller().column + ": " + BadInputPropertiesTest.abbreviate(what);
    }
}
