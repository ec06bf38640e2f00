package online.pass24.desk.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tokens the backend must refuse, each wrong in exactly one way and otherwise a lead's.
 *
 * <ul>
 *   <li>{@link #expired()}: genuinely issued by this realm and signed with its key, with the
 *   {@code lead} role, but expired. Keycloak has no per-request lifespan, so the test asks the
 *   admin API for a throw-away confidential client whose access tokens live one second
 *   ({@code access.token.lifespan}), gives its service account {@code lead}, takes one token,
 *   deletes the client and waits until the token is two seconds past its {@code exp}. Only
 *   the expiry can make the backend refuse it.</li>
 *   <li>{@link #foreignIssuer()}: the claims of a real lead token with {@code iss} naming another
 *   identity provider, signed RS256 by a key pair the test generates (with the realm key's
 *   {@code kid}, as an attacker would copy it).</li>
 *   <li>{@link #unsigned()}: the claims of a real lead token under {@code "alg":"none"} with an
 *   empty signature.</li>
 * </ul>
 */
public final class ForgedTokens {

    public static final String FOREIGN_ISSUER = "https://sso.attacker.example/realms/" + KeycloakTokens.REALM;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern LOCATION_ID = Pattern.compile("/clients/([0-9a-f-]+)$");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ISSUER = Pattern.compile("\"iss\"\\s*:\\s*\"[^\"]*\"");
    private static String expired;
    private static KeyPair attackerKeys;

    private ForgedTokens() {
    }

    public static synchronized String expired() {
        if (expired == null) {
            expired = issueExpired();
        }
        return expired;
    }

    public static String foreignIssuer() {
        String[] parts = KeycloakTokens.user("lead").split("\\.");
        String payload = ISSUER.matcher(decode(parts[1])).replaceFirst("\"iss\":\"" + FOREIGN_ISSUER + "\"");
        String signingInput = parts[0] + "." + encode(payload);
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(attackerKeys().getPrivate());
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized KeyPair attackerKeys() throws GeneralSecurityException {
        if (attackerKeys == null) {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            attackerKeys = generator.generateKeyPair();
        }
        return attackerKeys;
    }

    public static String unsigned() {
        String payload = KeycloakTokens.user("lead").split("\\.")[1];
        return encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + payload + ".";
    }

    /** The claims of a token, as JSON text. */
    public static String claims(String token) {
        return decode(token.split("\\.")[1]);
    }

    private static String issueExpired() {
        String admin = KeycloakTokens.masterRealmAdmin();
        String clientId = "security-matrix-expiring-" + UUID.randomUUID();
        String secret = UUID.randomUUID().toString();
        String realm = KeycloakTokens.URL + "/admin/realms/" + KeycloakTokens.REALM;
        HttpResponse<String> created = send(admin, "POST", realm + "/clients", """
                {"clientId":"%s","publicClient":false,"secret":"%s","serviceAccountsEnabled":true,
                 "standardFlowEnabled":false,"directAccessGrantsEnabled":false,
                 "attributes":{"access.token.lifespan":"1"}}""".formatted(clientId, secret));
        Matcher location = LOCATION_ID.matcher(created.headers().firstValue("Location").orElse(""));
        if (created.statusCode() != 201 || !location.find()) {
            throw new IllegalStateException("Keycloak's admin API did not create the expiring client: "
                    + created.statusCode() + " " + created.body());
        }
        String client = realm + "/clients/" + location.group(1);
        try {
            Matcher user = ID.matcher(send(admin, "GET", client + "/service-account-user", null).body());
            String role = send(admin, "GET", realm + "/roles/lead", null).body();
            if (!user.find() || send(admin, "POST", realm + "/users/" + user.group(1) + "/role-mappings/realm",
                    "[" + role + "]").statusCode() != 204) {
                throw new IllegalStateException("Could not give the expiring client the lead role");
            }
            String token = KeycloakTokens.token(KeycloakTokens.REALM, Map.of("grant_type", "client_credentials",
                    "client_id", clientId, "client_secret", secret));
            long wait = KeycloakTokens.secondsLeft(token) + 2;
            if (wait > 0) {
                Thread.sleep(wait * 1000);
            }
            return token;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            send(admin, "DELETE", client, null);
        }
    }

    private static HttpResponse<String> send(String token, String method, String url, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak is not reachable at " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
