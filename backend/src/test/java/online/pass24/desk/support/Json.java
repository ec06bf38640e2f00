package online.pass24.desk.support;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads response bodies as trees, so assertions name the JSON fields a client sees. */
public final class Json {

    private static final JsonMapper MAPPER = JsonMapper.createDefault();

    private Json() {
    }

    public static JsonNode parse(String body) {
        try {
            return MAPPER.readValue(body, JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + body, e);
        }
    }
}
