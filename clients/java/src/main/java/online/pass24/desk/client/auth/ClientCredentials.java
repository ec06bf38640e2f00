package online.pass24.desk.client.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An integration's access token from Keycloak by the OAuth 2.0 client-credentials grant, fetched
 * when first needed and kept until shortly before it expires.
 *
 * <p>Give it to the generated client once; every call then carries a valid bearer token:
 *
 * <pre>{@code
 * ClientCredentials credentials = new ClientCredentials(
 *         URI.create("https://sso.example/realms/emergency-desk/protocol/openid-connect/token"),
 *         "integration-demo", System.getenv("DESK_CLIENT_SECRET"));
 * ApiClient api = new ApiClient();
 * api.updateBaseUri("https://desk.example");
 * api.setRequestInterceptor(credentials::authorize);
 * Ticket ticket = new TicketsApi(api).getTicket(id);
 * }</pre>
 *
 * <p>Safe to share between threads; concurrent callers wait for one token request instead of
 * each making their own.
 */
public final class ClientCredentials {

    /** Renew this long before expiry, so a token never runs out on its way to the server. */
    private static final Duration RENEW_BEFORE = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI tokenUrl;
    private final String clientId;
    private final String clientSecret;
    private final HttpClient http;
    private final Clock clock;

    private String token;
    private Instant renewAt = Instant.MIN;

    public ClientCredentials(URI tokenUrl, String clientId, String clientSecret) {
        this(tokenUrl, clientId, clientSecret,
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(), Clock.systemUTC());
    }

    public ClientCredentials(URI tokenUrl, String clientId, String clientSecret, HttpClient http, Clock clock) {
        this.tokenUrl = Objects.requireNonNull(tokenUrl, "tokenUrl");
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
        this.http = Objects.requireNonNull(http, "http");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * A valid access token: the kept one, or a new one when it is about to expire.
     *
     * @throws IOException when Keycloak cannot be reached or refuses the client (the message
     *                     carries its {@code error} and {@code error_description})
     */
    public synchronized String accessToken() throws IOException, InterruptedException {
        if (token == null || !clock.instant().isBefore(renewAt)) {
            fetch();
        }
        return token;
    }

    /**
     * Adds {@code Authorization: Bearer …} to a request; fits
     * {@code ApiClient.setRequestInterceptor(credentials::authorize)}.
     *
     * @throws UncheckedIOException when no token can be had (the interceptor may not throw checked
     *                              exceptions)
     */
    public void authorize(HttpRequest.Builder request) {
        try {
            request.setHeader("Authorization", "Bearer " + accessToken());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new InterruptedIOException("Interrupted while getting an access token"));
        }
    }

    /** Drops the kept token, e.g. after a 401, so the next call fetches a new one. */
    public synchronized void forget() {
        token = null;
        renewAt = Instant.MIN;
    }

    private void fetch() throws IOException, InterruptedException {
        String form = "grant_type=client_credentials"
                + "&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(tokenUrl)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        Instant asked = clock.instant();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode body;
        try {
            body = JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IOException("The token endpoint answered " + response.statusCode() + " with a body that is not JSON", e);
        }
        if (response.statusCode() != 200 || !body.hasNonNull("access_token")) {
            throw new IOException("The token endpoint refused client " + clientId + ": HTTP " + response.statusCode()
                    + " " + body.path("error").asText("") + " " + body.path("error_description").asText(""));
        }
        Duration lifetime = Duration.ofSeconds(body.path("expires_in").asLong(60));
        // a token shorter-lived than twice the margin is renewed half-way through its life
        Duration margin = lifetime.compareTo(RENEW_BEFORE.multipliedBy(2)) < 0 ? lifetime.dividedBy(2) : RENEW_BEFORE;
        token = body.get("access_token").asText();
        renewAt = asked.plus(lifetime).minus(margin);
    }
}
