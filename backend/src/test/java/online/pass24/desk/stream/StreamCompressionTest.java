package online.pass24.desk.stream;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import online.pass24.desk.support.KeycloakTokens;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A browser asks for gzip: its event stream comes uncompressed, everything else as before. */
@MicronautTest(transactional = false)
class StreamCompressionTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    EmbeddedServer server;

    @Test
    void anEventStreamIsNotCompressedEvenWhenTheBrowserAcceptsGzip() throws Exception {
        HttpResponse<InputStream> response = HTTP.send(acceptingGzip("/api/v1/stream", "text/event-stream"),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
            BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
            assertThat(lines.readLine()).isEqualTo(": connected");
        }
    }

    @Test
    void otherTextResponsesAreStillCompressed() throws Exception {
        // the message templates: a few kilobytes of JSON
        HttpResponse<byte[]> response = HTTP.send(acceptingGzip("/api/v1/templates", "application/json"),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).contains("gzip");
    }

    /** A GET as the demo agent's browser makes it: it accepts gzip. */
    private HttpRequest acceptingGzip(String path, String accept) {
        return HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Authorization", "Bearer " + KeycloakTokens.user("agent"))
                .header("Accept", accept)
                .header("Accept-Encoding", "gzip, deflate, br")
                .timeout(Duration.ofSeconds(10)).build();
    }
}
