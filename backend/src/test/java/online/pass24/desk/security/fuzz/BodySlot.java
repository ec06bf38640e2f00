package online.pass24.desk.security.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import online.pass24.desk.support.Contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A place in a request body where the contract's schema says what may stand: a property (present
 * in the valid body or not), an array's first element, or the whole body. Fuzzing puts a wrong
 * value there; {@link #replaceRaw} can put bytes no JSON writer would produce.
 */
record BodySlot(List<Object> path, Map<String, Object> schema, boolean required, boolean present) {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final String PLACEHOLDER = "\u2063fuzz-placeholder\u2063";

    /** Every slot of {@code body} under {@code schema}, the whole body first ({@code required} or not). */
    static List<BodySlot> of(Contract contract, JsonNode body, Map<String, Object> schema, boolean required) {
        List<BodySlot> slots = new ArrayList<>();
        slots.add(new BodySlot(List.of(), contract.resolve(schema), required, true));
        collect(contract, body, contract.resolve(schema), new ArrayList<>(), slots);
        return slots;
    }

    @SuppressWarnings("unchecked")
    private static void collect(Contract contract, JsonNode node, Map<String, Object> schema, List<Object> path,
                                List<BodySlot> slots) {
        if (node instanceof ObjectNode object) {
            List<String> required = contract.required(schema);
            contract.properties(schema).forEach((name, property) -> {
                List<Object> child = append(path, name);
                slots.add(new BodySlot(child, property, required.contains(name), object.has(name)));
                if (object.has(name)) {
                    collect(contract, object.get(name), property, child, slots);
                }
            });
        } else if (node instanceof ArrayNode array && !array.isEmpty() && schema.get("items") instanceof Map<?, ?> items) {
            Map<String, Object> item = contract.resolve((Map<String, Object>) items);
            List<Object> child = append(path, 0);
            slots.add(new BodySlot(child, item, true, true));
            collect(contract, array.get(0), item, child, slots);
        }
    }

    private static List<Object> append(List<Object> path, Object step) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(step);
        return List.copyOf(longer);
    }

    /** The schema's JSON type; {@code object} when it only lists properties. */
    String type() {
        Object type = schema.get("type");
        if (type != null) {
            return type.toString();
        }
        return schema.containsKey("properties") || schema.containsKey("allOf") ? "object" : "any";
    }

    /** A string whose content the schema does not restrict: no enum, format or pattern. */
    boolean freeText() {
        return type().equals("string") && !schema.containsKey("enum") && !schema.containsKey("format")
                && !schema.containsKey("pattern");
    }

    Integer maxLength() {
        return schema.get("maxLength") instanceof Number n ? n.intValue() : null;
    }

    String describe() {
        return path.isEmpty() ? "the body" : String.join(".", path.stream().map(String::valueOf).toList());
    }

    /** A copy of {@code body} with {@code value} at this slot. */
    JsonNode with(JsonNode body, JsonNode value) {
        if (path.isEmpty()) {
            return value;
        }
        JsonNode copy = body.deepCopy();
        JsonNode parent = copy;
        for (Object step : path.subList(0, path.size() - 1)) {
            parent = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
        }
        Object last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object) {
            object.set((String) last, value);
        } else if (parent instanceof ArrayNode array) {
            array.set((Integer) last, value);
        }
        return copy;
    }

    /** The body with these raw bytes written where the slot's value goes. */
    byte[] replaceRaw(JsonNode body, byte[] raw) {
        byte[] text = bytes(with(body, JSON.getNodeFactory().textNode(PLACEHOLDER)));
        byte[] marker = bytes(JSON.getNodeFactory().textNode(PLACEHOLDER));
        int at = indexOf(text, marker);
        byte[] out = new byte[text.length - marker.length + raw.length];
        System.arraycopy(text, 0, out, 0, at);
        System.arraycopy(raw, 0, out, at, raw.length);
        System.arraycopy(text, at + marker.length, out, at + raw.length, text.length - at - marker.length);
        return out;
    }

    static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode parse(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + new String(json, StandardCharsets.UTF_8), e);
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("placeholder not found");
    }
}
