package online.pass24.desk.support;

import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Raw HTTP against the running server, so tests can send exactly what a careless client would. */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final URI base;

    public Api(EmbeddedServer server) {
        this.base = server.getURI();
    }

    public Response get(String path, String token) {
        return send(request(path, token).GET());
    }

    public Response get(String path, String token, String accept) {
        return send(request(path, token).setHeader("Accept", accept).GET());
    }

    /** A GET with extra headers, given as name, value, name, value… */
    public Response getWith(String path, String token, String... headers) {
        HttpRequest.Builder builder = request(path, token);
        for (int i = 0; i < headers.length; i += 2) {
            builder.setHeader(headers[i], headers[i + 1]);
        }
        return send(builder.GET());
    }

    public Response post(String path, String token, String json) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response put(String path, String token, String json, String ifMatch) {
        HttpRequest.Builder builder = request(path, token).header("Content-Type", "application/json");
        if (ifMatch != null) {
            builder.header("If-Match", ifMatch);
        }
        return send(builder.PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response post(String path, String token, String json, String ifMatch) {
        HttpRequest.Builder builder = request(path, token).header("Content-Type", "application/json");
        if (ifMatch != null) {
            builder.header("If-Match", ifMatch);
        }
        return send(builder.POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response patch(String path, String token, String json, String ifMatch) {
        HttpRequest.Builder builder = request(path, token).header("Content-Type", "application/merge-patch+json");
        if (ifMatch != null) {
            builder.header("If-Match", ifMatch);
        }
        return send(builder.method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    /** A POST with extra headers, given as name, value, name, value… */
    public Response postWith(String path, String token, String json, String... headers) {
        HttpRequest.Builder builder = request(path, token).header("Content-Type", "application/json");
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return send(builder.POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response postRaw(String path, String token, String contentType, byte[] body) {
        return send(request(path, token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /**
     * Any method, any headers, the body as raw bytes (null for none). An event stream is closed
     * as soon as its head has arrived: its status and headers are the answer.
     */
    public Response send(String method, String path, String token, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder builder = request(path, token);
        headers.forEach(builder::setHeader);
        builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (!"text/event-stream".equals(headers.get("Accept"))) {
            return send(builder);
        }
        try {
            HttpResponse<InputStream> stream = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
            String text = "";
            if (stream.statusCode() >= 300) {
                text = new String(stream.body().readAllBytes(), StandardCharsets.UTF_8);
            }
            stream.body().close();
            return new Response(stream.statusCode(), stream.headers().firstValue("Content-Type").orElse(""), null, null,
                    text, stream.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null),
                    response.headers().firstValue("ETag").orElse(null),
                    response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, String contentType, String location, String etag, String body,
                           java.net.http.HttpHeaders headers) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }
}
