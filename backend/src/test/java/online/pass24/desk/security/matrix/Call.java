package online.pass24.desk.security.matrix;

import online.pass24.desk.support.Api;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** One HTTP request of the matrix, ready to be sent with any caller's token (or none). */
public record Call(String method, String path, Map<String, String> headers, byte[] body) {

    public static Call get(String path) {
        return new Call("GET", path, new LinkedHashMap<>(), null);
    }

    public static Call delete(String path) {
        return new Call("DELETE", path, new LinkedHashMap<>(), null);
    }

    public static Call json(String method, String path, String json) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        return new Call(method, path, headers, json.getBytes(StandardCharsets.UTF_8));
    }

    /** A POST without a body. */
    public static Call post(String path) {
        return new Call("POST", path, new LinkedHashMap<>(), null);
    }

    public static Call raw(String method, String path, String contentType, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", contentType);
        return new Call(method, path, headers, body);
    }

    public static Call multipart(String path, String fileName, String type, byte[] content) {
        String boundary = "----matrix" + System.nanoTime();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "multipart/form-data; boundary=" + boundary);
        return new Call("POST", path, headers, Fixtures.multipart(boundary, fileName, type, content));
    }

    public Call with(String header, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(header, value);
        return new Call(method, path, copy, body);
    }

    public Call accepting(String mediaType) {
        return headers.containsKey("Accept") ? this : with("Accept", mediaType);
    }

    public Api.Response send(Api api, String token) {
        return api.send(method, path, token, headers, body);
    }

    public String describe() {
        return method + " " + path;
    }
}
