package online.pass24.desk.security.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import online.pass24.desk.security.matrix.Call;
import online.pass24.desk.support.Contract;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Bad values for a parameter of the contract, by its schema, and how one is put into a request.
 * A typed parameter (integer, boolean, enum, uuid, date) must refuse what its type does not
 * admit; a free-text one may take anything, and must not fail on it.
 */
final class Parameters {

    /** A value as it goes on the wire (percent-encoded for the path and query), and what it is. */
    record Value(String wire, String shown, boolean mustRefuse) {
    }

    private Parameters() {
    }

    @SuppressWarnings("unchecked")
    static Arbitrary<Value> values(Contract.Parameter parameter) {
        Map<String, Object> schema = parameter.schema();
        String type = String.valueOf(schema.getOrDefault("type", "string"));
        boolean header = parameter.in().equals("header");
        List<Value> values = new ArrayList<>();
        if (type.equals("array") && schema.get("items") instanceof Map<?, ?> items) {
            schema = (Map<String, Object>) items;
            type = String.valueOf(schema.getOrDefault("type", "string"));
        }
        String format = String.valueOf(schema.get("format"));
        boolean typed = !type.equals("string") || schema.containsKey("enum") || format.equals("uuid")
                || format.equals("date") || format.equals("date-time");
        if (type.equals("integer") || type.equals("number")) {
            for (String text : List.of("abc", "1.5", "1e3", "0x1F", "99999999999999999999", "-99999999999999999999", "NaN", "12abc")) {
                values.add(literal(text, true));
            }
            if (schema.get("minimum") instanceof Number min) {
                values.add(literal(BigInteger.valueOf(min.longValue()).subtract(BigInteger.ONE).toString(), true));
            }
            if (schema.get("maximum") instanceof Number max) {
                values.add(literal(BigInteger.valueOf(max.longValue()).add(BigInteger.ONE).toString(), true));
            }
        } else if (type.equals("boolean")) {
            for (String text : List.of("yes", "no", "1", "0", "banana", "null")) {
                values.add(literal(text, true));
            }
        } else if (schema.containsKey("enum")) {
            values.add(literal("NOPE", true));
            values.add(text("ЭКСТРЕННО", true));
        } else if (format.equals("uuid")) {
            values.add(literal("not-a-uuid", true));
            values.add(literal("00000000-0000-0000-0000-00000000000g", true));
            // no such thing: a resource in the path is not found; a filter in the query finds nothing
            values.add(literal(UUID.randomUUID().toString(), parameter.in().equals("path")));
        } else if (format.equals("date")) {
            for (String text : List.of("2026-02-30", "31.12.2026", "yesterday", "2026-1-1", "-999999999-01-01", "+999999999-12-31")) {
                values.add(literal(text, true));
            }
        } else if (format.equals("date-time")) {
            for (String text : List.of("2026-13-01T00:00:00Z", "now", "1700000000")) {
                values.add(literal(text, true));
            }
        }
        // instants at the ends of time: where a parameter is read as one, the arithmetic must not overflow
        for (String edge : List.of("-999999999-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z")) {
            values.add(literal(edge, typed && !format.equals("date-time")));
        }
        for (String payload : Hostile.PAYLOADS) {
            if (!header || payload.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
                values.add(text(payload, typed));
            }
        }
        if (!header) {
            for (String bad : List.of("%C3%28", "%FF%FE", "%ED%A0%80", "%C0%AF", "%00")) {
                values.add(new Value("ab" + bad + "cd", "ab" + bad + "cd", typed));
            }
            values.add(literal("x".repeat(10_000), typed));
        } else {
            values.add(literal("x".repeat(5_000), typed));
        }
        if (schema.get("maxLength") instanceof Number max) {
            values.add(literal("x".repeat(max.intValue() + 1), typed));
        }
        return Arbitraries.of(values);
    }

    /** The target's valid request with {@code value} for the parameter. */
    static Attempt apply(Attempt.Target target, Contract.Parameter parameter, Value value) {
        Call valid = target.valid();
        String what = parameter.in() + " " + parameter.name() + " = " + BadInputPropertiesTest.abbreviate(value.shown());
        Call call = switch (parameter.in()) {
            case "path" -> new Call(valid.method(), withPathVariable(target.operation().path(), valid.path(), parameter.name(),
                    value.wire()), valid.headers(), valid.body());
            case "query" -> new Call(valid.method(), withQuery(valid.path(), parameter.name(), value.wire()), valid.headers(),
                    valid.body());
            case "header" -> valid.with(parameter.name(), value.wire());
            default -> throw new AssertionError("a parameter in " + parameter.in());
        };
        Attempt attempt = new Attempt(target, what, call);
        return value.mustRefuse() ? attempt : attempt.mayStore();
    }

    private static Value literal(String text, boolean mustRefuse) {
        return new Value(BadInputPropertiesTest.encode(text), text, mustRefuse);
    }

    private static Value text(String text, boolean mustRefuse) {
        return literal(text, mustRefuse);
    }

    private static String withPathVariable(String template, String path, String name, String wire) {
        String[] query = path.split("\\?", 2);
        String[] names = template.split("/");
        String[] segments = query[0].split("/");
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals("{" + name + "}")) {
                segments[i] = wire;
            }
        }
        return String.join("/", segments) + (query.length > 1 ? "?" + query[1] : "");
    }

    private static String withQuery(String path, String name, String wire) {
        String[] parts = path.split("\\?", 2);
        List<String> kept = new ArrayList<>();
        if (parts.length > 1) {
            for (String pair : parts[1].split("&")) {
                if (!pair.startsWith(name + "=")) {
                    kept.add(pair);
                }
            }
        }
        kept.add(name + "=" + wire);
        return parts[0] + "?" + String.join("&", kept);
    }
}
