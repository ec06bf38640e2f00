package online.pass24.desk.shared;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.core.type.Argument;
import online.pass24.desk.api.model.FieldError;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a JSON body against the JSON types of the model it will be bound to (generated from the
 * contract): a string where a string is expected, an integer where an integer is, and so on, at
 * any depth. Binding alone is lenient (it reads {@code 1.5} as the integer 1, {@code "yes"} as
 * false, a number as a string or as an instant, {@code ["a"]} as {@code "a"}); this check is not.
 * The text must also be well-formed UTF-8 without lone surrogates or NUL characters, and nest
 * at most {@link #MAX_DEPTH} levels. Lengths, patterns and formats are left to bean validation.
 */
final class JsonTypeCheck {

    static final int MAX_DEPTH = 64;
    /** PostgreSQL text cannot hold U+0000: refused here rather than failing in the database. */
    static final String NUL = "must not contain the NUL character";

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();
    private static final Map<Class<?>, Map<String, Argument<?>>> PROPERTIES = new ConcurrentHashMap<>();

    private JsonTypeCheck() {
    }

    /**
     * What is wrong with a body: either it cannot be read at all ({@code unreadable} says why),
     * or these fields have the wrong JSON type; neither when it fits.
     */
    record Verdict(String unreadable, List<FieldError> errors) {

        boolean fits() {
            return unreadable == null && errors.isEmpty();
        }

        static Verdict unreadable(String why) {
            return new Verdict(why, List.of());
        }
    }

    static Verdict check(byte[] body, Argument<?> type) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return Verdict.unreadable("The body is not well-formed UTF-8");
        }
        List<FieldError> errors = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() == null) {
                return new Verdict(null, List.of());
            }
            value(parser, type, "", errors);
            if (parser.nextToken() != null) {
                return Verdict.unreadable("The body holds more than one JSON value");
            }
        } catch (StreamConstraintsException e) {
            return Verdict.unreadable("The body nests deeper than " + MAX_DEPTH + " levels");
        } catch (JsonProcessingException e) {
            return Verdict.unreadable("The body is not well-formed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            return Verdict.unreadable("The body cannot be read");
        }
        return new Verdict(null, errors);
    }

    /** Checks the value at the parser's current token, and leaves the parser on its last token. */
    private static void value(JsonParser parser, Argument<?> type, String path, List<FieldError> errors) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return; // whether null may stand here is for validation to say
        }
        Expected expected = Expected.of(type);
        if (!expected.admits(token)) {
            errors.add(new FieldError(path.isEmpty() ? "body" : path, "must be " + expected.description));
            parser.skipChildren();
            return;
        }
        switch (expected) {
            case STRING -> {
                String text = parser.getText();
                if (hasLoneSurrogate(text)) {
                    errors.add(new FieldError(path.isEmpty() ? "body" : path, "is not valid Unicode text"));
                } else if (text.indexOf('\0') >= 0) {
                    errors.add(new FieldError(path.isEmpty() ? "body" : path, NUL));
                }
            }
            case ARRAY -> {
                Argument<?> element = type.getTypeParameters().length > 0 ? type.getTypeParameters()[0]
                        : type.getType().isArray() ? Argument.of(type.getType().getComponentType()) : Argument.OBJECT_ARGUMENT;
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    String at = path + "[" + index++ + "]";
                    if (parser.currentToken() == JsonToken.VALUE_NULL) {
                        // no list of the contract holds nulls; the services would trip over one
                        errors.add(new FieldError(at, "must not be null"));
                    } else {
                        value(parser, element, at, errors);
                    }
                }
            }
            case OBJECT -> object(parser, type, path, errors);
            default -> {
                // a scalar of the right kind
            }
        }
    }

    private static void object(JsonParser parser, Argument<?> type, String path, List<FieldError> errors) throws IOException {
        Map<String, Argument<?>> properties = Map.class.isAssignableFrom(type.getType()) ? null : properties(type.getType());
        Argument<?> mapValues = type.getTypeParameters().length > 1 ? type.getTypeParameters()[1] : Argument.OBJECT_ARGUMENT;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            if (hasLoneSurrogate(name)) {
                errors.add(new FieldError(path.isEmpty() ? "body" : path, "has a name that is not valid Unicode text"));
            }
            parser.nextToken();
            Argument<?> property = properties == null ? mapValues : properties.get(name);
            if (property == null) {
                parser.skipChildren(); // an unknown property: binding refuses it by name
            } else {
                value(parser, property, path.isEmpty() ? name : path + "." + name, errors);
            }
        }
    }

    /** The JSON names of a model's properties and their types. */
    private static Map<String, Argument<?>> properties(Class<?> model) {
        return PROPERTIES.computeIfAbsent(model, type -> {
            Optional<? extends BeanIntrospection<?>> introspection = BeanIntrospector.SHARED.findIntrospection(type);
            Map<String, Argument<?>> byName = new HashMap<>();
            introspection.ifPresent(bean -> {
                for (BeanProperty<?, ?> property : bean.getBeanProperties()) {
                    String json = property.stringValue("com.fasterxml.jackson.annotation.JsonProperty")
                            .filter(name -> !name.isEmpty()).orElse(property.getName());
                    byName.put(json, property.asArgument());
                }
            });
            return byName;
        });
    }

    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** The JSON kinds a Java type is written as. */
    private enum Expected {
        STRING("a string"), INTEGER("an integer"), NUMBER("a number"), BOOLEAN("true or false"),
        ARRAY("an array"), OBJECT("an object"), ANY("any value");

        final String description;

        Expected(String description) {
            this.description = description;
        }

        static Expected of(Argument<?> argument) {
            Class<?> type = argument.getType();
            if (type == Object.class || type.getName().startsWith("io.micronaut.json.tree")) {
                return ANY;
            }
            if (type == Boolean.class || type == boolean.class) {
                return BOOLEAN;
            }
            if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                    || type == Short.class || type == short.class || type == BigInteger.class) {
                return INTEGER;
            }
            if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class || type == BigDecimal.class) {
                return NUMBER;
            }
            if (CharSequence.class.isAssignableFrom(type) || type.isEnum() || type.getName().startsWith("java.time.")
                    || type == UUID.class || type == URI.class || type == URL.class || type == byte[].class) {
                return STRING;
            }
            if (Collection.class.isAssignableFrom(type) || type.isArray()) {
                return ARRAY;
            }
            return OBJECT;
        }

        boolean admits(JsonToken token) {
            return switch (this) {
                case STRING -> token == JsonToken.VALUE_STRING;
                case INTEGER -> token == JsonToken.VALUE_NUMBER_INT;
                case NUMBER -> token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
                case BOOLEAN -> token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE;
                case ARRAY -> token == JsonToken.START_ARRAY;
                case OBJECT -> token == JsonToken.START_OBJECT;
                case ANY -> true;
            };
        }
    }
}
