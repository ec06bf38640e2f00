package online.pass24.desk.shared;

import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;

/** JSON text of a value, for jsonb columns and event payloads; a value that cannot be written is a bug. */
public final class JsonText {

    private JsonText() {
    }

    public static String of(JsonMapper json, Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
