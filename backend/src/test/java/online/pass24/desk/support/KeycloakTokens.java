package online.pass24.desk.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Real tokens from the running Keycloak (infra/keycloak), as users and systems get them. */
public final class KeycloakTokens {

    public static final String URL = System.getenv().getOrDefault("KEYCLOAK_URL", "http://127.0.0.1:8180");
    public static final String REALM = "emergency-desk";
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern EXPIRES = Pattern.compile("\"exp\"\\s*:\\s*(\\d+)");
    /** Tokens live 5 minutes; a suite runs longer, so each is kept only while it has a minute left. */
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private KeycloakTokens() {
    }

    /** Password grant through the public CLI client; the demo users' password equals their name. */
    public static String user(String username) {
        return cached("user:" + username, () -> token(REALM, Map.of(
                "grant_type", "password", "client_id", "emergency-desk-cli",
                "username", username, "password", username)));
    }

    /** Client-credentials grant of a confidential integration client. */
    public static String integration(String clientId, String secret) {
        return cached("client:" + clientId, () -> token(REALM, Map.of(
                "grant_type", "client_credentials", "client_id", clientId, "client_secret", secret)));
    }

    /** A genuine Keycloak token, but issued by the master realm: another issuer. */
    public static String masterRealmAdmin() {
        return token("master", Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", "admin", "password", "admin"));
    }

    private static String cached(String key, Supplier<String> fetch) {
        return CACHE.compute(key, (k, token) -> token != null && secondsLeft(token) > 60 ? token : fetch.get());
    }

    /** Seconds until the token's {@code exp}, read from its payload. */
    public static long secondsLeft(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        Matcher exp = EXPIRES.matcher(payload);
        return exp.find() ? Long.parseLong(exp.group(1)) - Instant.now().getEpochSecond() : 0;
    }

    /** Form-encoded POST to a realm's token endpoint; the access token of the answer. */
    public static String token(String realm, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(URL + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher matcher = ACCESS_TOKEN.matcher(response.body());
            if (response.statusCode() != 200 || !matcher.find()) {
                throw new IllegalStateException("Keycloak refused a token for " + form.get("username")
                        + form.get("client_id") + ": " + response.statusCode() + " " + response.body()
                        + " (is it running? make keycloak)");
            }
            return matcher.group(1);
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak is not reachable at " + URL + " (start it: make keycloak)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
