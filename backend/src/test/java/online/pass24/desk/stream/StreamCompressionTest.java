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
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.getURL() + "/api/v1/stream"))
                .header("Authorization", "Bearer " + KeycloakTokens.user("agent"))
                .header("Accept", "text/event-stream")
                .header("Accept-Encoding", "gzip, deflate, br")
                .timeout(Duration.ofSeconds(10)).build();

        HttpResponse<InputStream> response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
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
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.getURL() + "/api/v1/templates"))
                .header("Authorization", "Bearer " + KeycloakTokens.user("agent"))
                .header("Accept", "application/json")
                .header("Accept-Encoding", "gzip")
                .timeout(Duration.ofSeconds(10)).build();

        HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).contains("gzip");
    }
}
