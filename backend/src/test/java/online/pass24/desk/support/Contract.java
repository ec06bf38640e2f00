package online.pass24.desk.support;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The API contract ({@code ../api/openapi.yaml}) as tests read it: every operation with its
 * parameters and request bodies, schemas with their {@code $ref}s followed. Tests that must cover
 * "every operation" enumerate this, so a new operation cannot slip past them.
 */
public final class Contract {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");
    private static Contract loaded;

    private final Map<String, Object> document;
    private final List<Operation> operations = new ArrayList<>();

    public record Parameter(String name, String in, boolean required, Map<String, Object> schema) {
    }

    /** A request body: its media types in the contract's order, and the schema of each. */
    public record Body(boolean required, Map<String, Map<String, Object>> schemaByMediaType) {
    }

    /**
     * One operation; {@code responses} maps each status the contract names ("200", "default")
     * to the media types of its body (empty when it has none).
     */
    public record Operation(String id, String method, String path, List<Parameter> parameters, Body body,
                            Map<String, List<String>> responses) {

        /** The media type of the success body, as a client would ask for it. */
        public String successMediaType() {
            return responses.entrySet().stream().filter(e -> e.getKey().startsWith("2") && !e.getValue().isEmpty())
                    .map(e -> e.getValue().get(0)).findFirst().orElse("application/json");
        }

        public String describe() {
            return method + " " + path;
        }

        public Parameter parameter(String name) {
            return parameters.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
        }
    }

    @SuppressWarnings("unchecked")
    private Contract(Map<String, Object> document) {
        this.document = document;
        Map<String, Object> paths = (Map<String, Object>) document.get("paths");
        paths.forEach((path, item) -> {
            Map<String, Object> pathItem = (Map<String, Object>) item;
            List<Object> shared = (List<Object>) pathItem.getOrDefault("parameters", List.of());
            pathItem.forEach((method, value) -> {
                if (!METHODS.contains(method)) {
                    return;
                }
                Map<String, Object> operation = (Map<String, Object>) value;
                List<Parameter> parameters = new ArrayList<>();
                for (Object raw : concat(shared, (List<Object>) operation.getOrDefault("parameters", List.of()))) {
                    Map<String, Object> p = resolve((Map<String, Object>) raw);
                    parameters.add(new Parameter((String) p.get("name"), (String) p.get("in"),
                            Boolean.TRUE.equals(p.get("required")), resolve((Map<String, Object>) p.getOrDefault("schema", Map.of()))));
                }
                Body body = null;
                if (operation.get("requestBody") instanceof Map<?, ?> requestBody) {
                    Map<String, Object> rb = resolve((Map<String, Object>) requestBody);
                    Map<String, Map<String, Object>> schemas = new LinkedHashMap<>();
                    ((Map<String, Object>) rb.getOrDefault("content", Map.of())).forEach((mediaType, content) ->
                            schemas.put(mediaType, resolve((Map<String, Object>) ((Map<String, Object>) content)
                                    .getOrDefault("schema", Map.of()))));
                    body = new Body(Boolean.TRUE.equals(rb.get("required")), schemas);
                }
                Map<String, List<String>> responses = new LinkedHashMap<>();
                ((Map<Object, Object>) operation.getOrDefault("responses", Map.of())).forEach((status, response) -> {
                    Map<String, Object> r = resolve((Map<String, Object>) response);
                    responses.put(String.valueOf(status),
                            List.copyOf(((Map<String, Object>) r.getOrDefault("content", Map.of())).keySet()));
                });
                operations.add(new Operation((String) operation.get("operationId"), method.toUpperCase(Locale.ROOT), path,
                        List.copyOf(parameters), body, responses));
            });
        });
    }

    /** The contract beside the backend; read once per JVM. */
    public static synchronized Contract load() {
        if (loaded == null) {
            Path file = Path.of("..", "api", "openapi.yaml");
            try (InputStream in = Files.newInputStream(file)) {
                LoaderOptions options = new LoaderOptions();
                options.setCodePointLimit(16 * 1024 * 1024);
                loaded = new Contract(new Yaml(options).load(in));
            } catch (IOException e) {
                throw new UncheckedIOException("The contract is read from " + file.toAbsolutePath(), e);
            }
        }
        return loaded;
    }

    public List<Operation> operations() {
        return operations;
    }

    public Operation operation(String id) {
        return operations.stream().filter(o -> o.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No operation " + id + " in the contract"));
    }

    /** The schema itself when it is a {@code $ref}, else the map as it is. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> resolve(Map<String, Object> node) {
        Map<String, Object> current = node;
        for (int hops = 0; current != null && current.containsKey("$ref"); hops++) {
            if (hops > 20) {
                throw new IllegalStateException("A $ref cycle at " + node);
            }
            Object target = document;
            for (String part : ((String) current.get("$ref")).substring(2).split("/")) {
                target = ((Map<String, Object>) target).get(part);
            }
            current = (Map<String, Object>) target;
        }
        return current;
    }

    /** The properties of an object schema, resolved, including those of its {@code allOf} parts. */
    @SuppressWarnings("unchecked")
    public Map<String, Map<String, Object>> properties(Map<String, Object> schema) {
        Map<String, Map<String, Object>> all = new LinkedHashMap<>();
        Map<String, Object> resolved = resolve(schema);
        for (Object part : (List<Object>) resolved.getOrDefault("allOf", List.of())) {
            all.putAll(properties((Map<String, Object>) part));
        }
        ((Map<String, Object>) resolved.getOrDefault("properties", Map.of()))
                .forEach((name, property) -> all.put(name, resolve((Map<String, Object>) property)));
        return all;
    }

    @SuppressWarnings("unchecked")
    public List<String> required(Map<String, Object> schema) {
        Map<String, Object> resolved = resolve(schema);
        List<String> required = new ArrayList<>((List<String>) resolved.getOrDefault("required", List.of()));
        for (Object part : (List<Object>) resolved.getOrDefault("allOf", List.of())) {
            required.addAll(required((Map<String, Object>) part));
        }
        return required;
    }

    private static List<Object> concat(List<Object> a, List<Object> b) {
        List<Object> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
