package online.pass24.desk.client.auth;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Against a stand-in token endpoint that hands out numbered tokens living five minutes. */
class ClientCredentialsTest {

    private final AtomicInteger issued = new AtomicInteger();
    private final List<String> forms = new CopyOnWriteArrayList<>();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private HttpServer keycloak;
    private URI tokenUrl;

    @BeforeEach
    void startTokenEndpoint() throws IOException {
        keycloak = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        keycloak.createContext("/token", exchange -> {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            forms.add(form);
            boolean known = form.contains("client_secret=s3cret%26more");
            byte[] body = (known
                    ? "{\"access_token\":\"token-" + issued.incrementAndGet() + "\",\"expires_in\":300,\"token_type\":\"Bearer\"}"
                    : "{\"error\":\"unauthorized_client\",\"error_description\":\"Invalid client or Invalid client credentials\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(known ? 200 : 401, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        keycloak.start();
        tokenUrl = URI.create("http://127.0.0.1:" + keycloak.getAddress().getPort() + "/token");
    }

    @AfterEach
    void stopTokenEndpoint() {
        keycloak.stop(0);
    }

    @Test
    void fetchesOnceAndKeepsTheTokenUntilShortlyBeforeItExpires() throws Exception {
        ClientCredentials credentials = credentials("s3cret&more");

        assertEquals("token-1", credentials.accessToken());
        clock.advance(Duration.ofSeconds(269));
        assertEquals("token-1", credentials.accessToken());
        clock.advance(Duration.ofSeconds(1));
        assertEquals("token-2", credentials.accessToken());

        assertEquals(2, forms.size());
        assertEquals("grant_type=client_credentials&client_id=integration-demo&client_secret=s3cret%26more", forms.get(0));
    }

    @Test
    void authorizeAddsTheBearerHeader() {
        ClientCredentials credentials = credentials("s3cret&more");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1/api/v1/me"));

        credentials.authorize(request);

        assertEquals(List.of("Bearer token-1"), request.build().headers().allValues("Authorization"));
    }

    @Test
    void forgetMakesTheNextCallFetchANewToken() throws Exception {
        ClientCredentials credentials = credentials("s3cret&more");
        credentials.accessToken();

        credentials.forget();

        assertEquals("token-2", credentials.accessToken());
    }

    @Test
    void aRefusedClientIsAnIOExceptionThatSaysWhy() {
        ClientCredentials credentials = credentials("wrong");

        IOException refused = assertThrows(IOException.class, credentials::accessToken);
        assertTrue(refused.getMessage().contains("HTTP 401 unauthorized_client"), refused.getMessage());
    }

    private ClientCredentials credentials(String secret) {
        return new ClientCredentials(tokenUrl, "integration-demo", secret, HttpClient.newHttpClient(), clock);
    }

    private static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
